using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>One value of an enum type.</summary>
// https://spec.graphql.org/October2021/#EnumValuesDefinition
public sealed class EnumValue : IField
{
    /// <summary>Creates an enum value.</summary>
    public EnumValue(string name, string? description = null, string? deprecationReason = null)
        : this(name, description, deprecationReason, null)
    {
    }

    internal EnumValue(string name, string? description, string? deprecationReason, EnumValueDefinitionNode? syntaxNode)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
        DeprecationReason = deprecationReason;
        SyntaxNode = syntaxNode;
        RuntimeValue = name;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string? Description { get; }

    /// <inheritdoc/>
    public string? DeprecationReason { get; }

    /// <summary>Whether the value is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The runtime value this enum value stands for; its name unless the schema binds another.</summary>
    public object RuntimeValue { get; internal set; } = null!;

    /// <summary>The definition node, or <see langword="null"/>.</summary>
    public EnumValueDefinitionNode? SyntaxNode { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
