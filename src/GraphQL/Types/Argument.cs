using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>An argument of a field or directive.</summary>
// https://spec.graphql.org/October2021/#ArgumentsDefinition
public sealed class Argument : IInputValueDefinition
{
    private IInputType? _type;

    internal Argument(string name, string? description, string? deprecationReason, IValueNode? defaultValue, InputValueDefinitionNode? syntaxNode)
    {
        Name = name;
        Description = description;
        DeprecationReason = deprecationReason;
        DefaultValue = defaultValue;
        SyntaxNode = syntaxNode;
    }

    /// <summary>Creates a complete argument.</summary>
    public Argument(string name, IInputType type, IValueNode? defaultValue = null, string? description = null, string? deprecationReason = null)
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

    /// <summary>Whether the argument is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <inheritdoc/>
    public IInputType Type => _type ?? throw new InvalidOperationException($"Argument \"{Name}\" is not complete.");

    /// <summary>
    /// The default value as a literal, or <see langword="null"/> when there is none or, as in graphql-js, when
    /// the literal cannot be coerced to the type (the syntax node still holds it).
    /// </summary>
    public IValueNode? DefaultValue { get; private set; }

    /// <summary>Whether the argument must be provided: non-null and without default.</summary>
    // https://spec.graphql.org/October2021/#sec-Required-Arguments
    public bool IsRequired => Type.Kind == TypeKind.NonNull && DefaultValue is null;

    /// <inheritdoc/>
    public InputValueDefinitionNode? SyntaxNode { get; }

    internal void Complete(IInputType type) => _type = type;

    internal void DropDefaultValue() => DefaultValue = null;

    /// <inheritdoc/>
    public override string ToString() => Name;
}
