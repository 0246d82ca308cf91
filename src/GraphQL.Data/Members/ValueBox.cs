using System.Linq.Expressions;

namespace KtPortal.GraphQL.Data.Members;

/// <summary>Creates <see cref="ValueBox{T}"/> reads.</summary>
internal static class ValueBox
{
    public static Expression Read(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(ValueBox<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(box), nameof(ValueBox<>.Value));
    }
}
