using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>A field of an input object type.</summary>
// https://spec.graphql.org/October2021/#InputFieldsDefinition
public sealed class InputField : InputValueDefinition
{
    internal InputField(string name, string? description, string? deprecationReason, IValueNode? defaultValue, InputValueDefinitionNode? syntaxNode)
        : base(name, description, deprecationReason, defaultValue, syntaxNode)
    {
    }

    /// <summary>Creates a complete input field.</summary>
    public InputField(string name, IInputType type, IValueNode? defaultValue = null, string? description = null, string? deprecationReason = null)
        : base(name, type, defaultValue, description, deprecationReason)
    {
    }

    /// <summary>The input object type that declares this field.</summary>
    public InputObjectType? DeclaringType { get; internal set; }

    /// <inheritdoc/>
    public override string ToString() => DeclaringType is null ? Name : $"{DeclaringType.Name}.{Name}";
}
