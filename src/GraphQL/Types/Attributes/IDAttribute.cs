namespace KtPortal.GraphQL;

/// <summary>
/// Makes a field, argument or input field of type <c>ID</c> holding opaque global IDs. On an output member the
/// value is encoded with the type named here, or else with the member's own object type. On a parameter or
/// input property the global ID is decoded to the CLR key type (int, long, Guid, string, or lists of them);
/// when a type is named, an ID of another type is a <c>VALIDATION_FAILED</c> error.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter, Inherited = true)]
public class IDAttribute : Attribute
{
    /// <summary>The ID of the declaring type (output), or of any node type (input).</summary>
    public IDAttribute()
    {
    }

    /// <summary>The ID of the GraphQL type <paramref name="typeName"/>.</summary>
    /// <param name="typeName">The GraphQL name of the node type.</param>
    public IDAttribute(string typeName)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        TypeName = typeName;
    }

    /// <summary>The GraphQL name of the node type, when given by name.</summary>
    public string? TypeName { get; }

    /// <summary>The CLR type whose GraphQL type the ID belongs to, when given as a type.</summary>
    public virtual Type? Type => null;
}
