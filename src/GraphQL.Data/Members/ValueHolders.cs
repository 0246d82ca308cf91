using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using KtPortal.GraphQL.Data.Paging;

namespace KtPortal.GraphQL.Data.Members;

/// <summary>
/// Reads of values taken from a request (a filter's operand, a cursor's key, a parent's key) through a
/// <see cref="ValueHolder{TValue}"/>, so that query providers send them as parameters: EF Core caches one plan for
/// every value, and the data layer's statement cache one statement. The closed holder type, its field and a
/// constructor delegate are made once per value type.
/// </summary>
internal static class ValueHolders
{
    private static readonly MethodInfo CreateMethod = typeof(ValueHolders).GetMethod(nameof(Create), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly ConcurrentDictionary<Type, (Type Holder, FieldInfo Value, Func<object?, object> Create)> Types = new();

    /// <summary><c>holder.Value</c> of a new holder of <paramref name="value"/>, typed <paramref name="type"/>.</summary>
    public static MemberExpression Read(object? value, Type type)
    {
        var (holder, field, create) = Types.GetOrAdd(type, static t =>
        {
            var closed = typeof(ValueHolder<>).MakeGenericType(t);
            return (closed, closed.GetField(nameof(ValueHolder<>.Value))!, CreateMethod.MakeGenericMethod(t).CreateDelegate<Func<object?, object>>());
        });
        return Expression.Field(Expression.Constant(create(value), holder), field);
    }

    private static object Create<T>(object? value) => new ValueHolder<T>((T)value!);
}
