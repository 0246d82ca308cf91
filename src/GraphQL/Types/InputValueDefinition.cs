using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// What arguments and input fields share: a typed input value with an optional default, built in two steps
/// (created, then completed with its type once every type exists).
/// </summary>
public abstract class InputValueDefinition : IInputValueDefinition
{
    private IInputType? _type;

    private protected InputValueDefinition(string name, string? description, string? deprecationReason, IValueNode? defaultValue, InputValueDefinitionNode? syntaxNode)
    {
        Name = name;
        Description = description;
        DeprecationReason = deprecationReason;
        DefaultValue = defaultValue;
        SyntaxNode = syntaxNode;
    }

    private protected InputValueDefinition(string name, IInputType type, IValueNode? defaultValue, string? description, string? deprecationReason)
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

    /// <summary>Whether the value is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <inheritdoc/>
    public IInputType Type => _type ?? throw new InvalidOperationException($"{GetType().Name} \"{Name}\" is not complete.");

    /// <summary>
    /// The default value as a literal, or <see langword="null"/> when there is none or, as in graphql-js, when
    /// the literal cannot be coerced to the type (the syntax node still holds it).
    /// </summary>
    public IValueNode? DefaultValue { get; private set; }

    /// <summary>Whether the value must be provided: non-null and without a default.</summary>
    // https://spec.graphql.org/October2021/#sec-Required-Arguments
    public bool IsRequired => Type.Kind == TypeKind.NonNull && DefaultValue is null;

    /// <inheritdoc/>
    public InputValueDefinitionNode? SyntaxNode { get; }

    internal void Complete(IInputType type) => _type = type;

    internal void DropDefaultValue() => DefaultValue = null;

    /// <inheritdoc/>
    public override string ToString() => Name;
}
