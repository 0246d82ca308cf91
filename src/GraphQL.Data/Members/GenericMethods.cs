using System.Collections.Concurrent;
using System.Reflection;

namespace KtPortal.GraphQL.Data.Members;

/// <summary>Closed generic methods and delegate types, made once per type argument rather than per request.</summary>
internal static class GenericMethods
{
    private static readonly ConcurrentDictionary<(MethodInfo Definition, Type Argument), MethodInfo> Methods = new();
    private static readonly ConcurrentDictionary<Type, Type> Predicates = new();

    /// <summary><paramref name="definition"/> closed over <paramref name="argument"/>.</summary>
    public static MethodInfo Make(MethodInfo definition, Type argument)
        => Methods.GetOrAdd((definition, argument), static key => key.Definition.MakeGenericMethod(key.Argument));

    /// <summary><c>Func&lt;T, bool&gt;</c> for <paramref name="type"/>.</summary>
    public static Type Predicate(Type type) => Predicates.GetOrAdd(type, static t => typeof(Func<,>).MakeGenericType(t, typeof(bool)));
}
