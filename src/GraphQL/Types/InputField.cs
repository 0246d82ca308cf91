using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>A field of an input object type.</summary>
// https://spec.graphql.org/October2021/#InputFieldsDefinition
public sealed class InputField : IInputValueDefinition
{
    private IInputType? _type;

    internal InputField(string name, string? description, string? deprecationReason, IValueNode? defaultValue, InputValueDefinitionNode? syntaxNode)
    {
        Name = name;
        Description = description;
        DeprecationReason = deprecationReason;
        DefaultValue = defaultValue;
        SyntaxNode = syntaxNode;
    }

    /// <summary>Creates a complete input field.</summary>
    public InputField(string name, IInputType type, IValueNode? defaultValue = null, string? description = null, string? deprecationReason = null)
        : this(name, description, deprecationReason, defaultValue, null)
    {
        ArgumentNullException.ThrowIfNull(type);
        _type = type;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string? Description { get; }

    /// <inheritdoc/>
    public string? DeprecationReason { get; }

    /// <summary>Whether the input field is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <inheritdoc/>
    public IInputType Type => _type ?? throw new InvalidOperationException($"Input field \"{Name}\" is not complete.");

    /// <summary>
    /// The default value as a literal, or <see langword="null"/> when there is none or, as in graphql-js, when
    /// the literal cannot be coerced to the type (the syntax node still holds it).
    /// </summary>
    public IValueNode? DefaultValue { get; private set; }

    /// <summary>Whether the field must be provided: non-null and without default.</summary>
    public bool IsRequired => Type.Kind == TypeKind.NonNull && DefaultValue is null;

    /// <summary>The input object type that declares this field.</summary>
    public InputObjectType? DeclaringType { get; internal set; }

    /// <inheritdoc/>
    public InputValueDefinitionNode? SyntaxNode { get; }

    internal void Complete(IInputType type) => _type = type;

    internal void DropDefaultValue() => DefaultValue = null;

    /// <inheritdoc/>
    public override string ToString() => DeclaringType is null ? Name : $"{DeclaringType.Name}.{Name}";
}
