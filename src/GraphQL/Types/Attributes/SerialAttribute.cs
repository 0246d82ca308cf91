namespace KtPortal.GraphQL;

/// <summary>Keeps a resolver from running concurrently with its sibling fields.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Class)]
public sealed class SerialAttribute : Attribute
{
}
