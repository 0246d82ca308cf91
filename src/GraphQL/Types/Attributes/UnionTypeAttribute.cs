namespace KtPortal.GraphQL;

/// <summary>
/// Maps a marker interface to a GraphQL union; its members are the registered object types that implement it.
/// </summary>
/// <param name="name">The union's GraphQL name.</param>
[AttributeUsage(AttributeTargets.Interface)]
public sealed class UnionTypeAttribute(string name) : Attribute
{
    /// <summary>The union's GraphQL name.</summary>
    public string Name { get; } = name;
}
