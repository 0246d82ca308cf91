using System.Linq.Expressions;

namespace KtPortal.GraphQL.Data;

/// <summary>One key of an ordering: a member path on the entity (for example <c>t =&gt; t.Requester.DisplayName</c>) and its direction.</summary>
/// <param name="Selector">A lambda from the entity to the key.</param>
/// <param name="Descending">Whether the key sorts from high to low.</param>
public sealed record SortKey(LambdaExpression Selector, bool Descending);
