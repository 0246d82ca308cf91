namespace KtPortal.GraphQL;

/// <summary>Makes a member or parameter non-null in GraphQL whatever its C# annotation says.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLNonNullTypeAttribute : Attribute
{
}
