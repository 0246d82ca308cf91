namespace KtPortal.GraphQL;

/// <summary>Keeps a member or enum value out of the schema.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field)]
public sealed class GraphQLIgnoreAttribute : Attribute
{
}
