namespace KtPortal.GraphQL.Data;

/// <summary>
/// Keeps an entity property out of the generated filter inputs (<c>XFilterInput</c>): callers cannot filter on
/// it, though it stays a field of the output type. Members marked <see cref="GraphQLIgnoreAttribute"/> are never
/// filterable.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotFilterableAttribute : Attribute
{
}
