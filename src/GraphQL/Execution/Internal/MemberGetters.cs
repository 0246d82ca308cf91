using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>
/// Getters for the default resolver: one delegate per (CLR type, field name), compiled once with expression
/// trees, reading the public instance property or field whose name matches case-insensitively.
/// </summary>
internal static class MemberGetters
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>> Cache = new();
    private static readonly Func<object, object?> Missing = static _ => null;

    public static Func<object, object?> Get(Type type, string name)
        => Cache.GetOrAdd((type, name), static key => Compile(key.Type, key.Name));

    private static Func<object, object?> Compile(Type type, string name)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        MemberInfo? member = null;
        foreach (var property in type.GetProperties(Flags))
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase)
                && property.GetIndexParameters().Length == 0
                && property.GetMethod is { IsPublic: true })
            {
                // An exact match wins over a case-insensitive one.
                if (member is null || string.Equals(property.Name, name, StringComparison.Ordinal))
                {
                    member = property;
                }
            }
        }

        if (member is null)
        {
            foreach (var field in type.GetFields(Flags))
            {
                if (string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    member = field;
                    break;
                }
            }
        }

        if (member is null)
        {
            return Missing;
        }

        var parameter = Expression.Parameter(typeof(object), "parent");
        var typed = Expression.Convert(parameter, type);
        Expression access = member is PropertyInfo p ? Expression.Property(typed, p) : Expression.Field(typed, (FieldInfo)member);
        var body = Expression.Convert(access, typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
    }
}
