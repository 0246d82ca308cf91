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
        var value = Members.ValueHolders.Read(Value, Selector.ReturnType);
        return Expression.Lambda<Func<T, bool>>(Expression.Equal(Selector.Body, value), Selector.Parameters);
    }
}
