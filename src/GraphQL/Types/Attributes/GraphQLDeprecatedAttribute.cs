namespace KtPortal.GraphQL;

/// <summary>Deprecates a field, argument, input field or enum value (<c>@deprecated(reason:)</c>).</summary>
/// <param name="reason">Why the member is deprecated.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLDeprecatedAttribute(string reason) : Attribute
{
    /// <summary>Why the member is deprecated.</summary>
    public string Reason { get; } = reason;
}
