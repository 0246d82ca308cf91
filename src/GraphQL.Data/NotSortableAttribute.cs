namespace KtPortal.GraphQL.Data;

/// <summary>
/// Keeps an entity property out of the generated sort inputs (<c>XSortInput</c>): callers cannot order by it,
/// though it stays a field of the output type. Members marked <see cref="GraphQLIgnoreAttribute"/> are never
/// sortable.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotSortableAttribute : Attribute
{
}
