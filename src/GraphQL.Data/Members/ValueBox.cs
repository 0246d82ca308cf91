using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace KtPortal.GraphQL.Data.Members;

/// <summary>Creates <see cref="ValueBox{T}"/> reads; the closed types are looked up once per value type.</summary>
internal static class ValueBox
{
    private static readonly ConcurrentDictionary<Type, (Type Box, PropertyInfo Value)> Types = new();

    public static Expression Read(object? value, Type type)
    {
        var (box, property) = Types.GetOrAdd(type, static t =>
        {
            var closed = typeof(ValueBox<>).MakeGenericType(t);
            return (closed, closed.GetProperty(nameof(ValueBox<>.Value))!);
        });
        return Expression.Property(Expression.Constant(Activator.CreateInstance(box, value), box), property);
    }
}
