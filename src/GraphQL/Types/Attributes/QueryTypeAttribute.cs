namespace KtPortal.GraphQL;

/// <summary>Adds the public members of the annotated class as fields of the <c>Query</c> type.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class QueryTypeAttribute : Attribute
{
}
