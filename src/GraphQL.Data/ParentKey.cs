using System.Linq.Expressions;

namespace KtPortal.GraphQL.Data;

/// <summary>The parent a child query belongs to: the child's member holding the parent key, and the parent's key.</summary>
/// <param name="Selector">A lambda from the child to the parent key, for example <c>m =&gt; m.TicketId</c>.</param>
/// <param name="Value">The parent's key.</param>
public sealed record ParentKey(LambdaExpression Selector, object Value)
{
    /// <summary><c>child =&gt; child.ParentKey == Value</c>, with the value as a query parameter.</summary>
    public Expression<Func<T, bool>> Predicate<T>()
    {
        var holderType = typeof(Paging.ValueHolder<>).MakeGenericType(Selector.ReturnType);
        var holder = Activator.CreateInstance(holderType, Value)!;
        var value = Expression.Field(Expression.Constant(holder), holderType.GetField("Value")!);
        return Expression.Lambda<Func<T, bool>>(Expression.Equal(Selector.Body, value), Selector.Parameters);
    }
}
