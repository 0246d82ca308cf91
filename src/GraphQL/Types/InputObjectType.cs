using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>An input object type.</summary>
// https://spec.graphql.org/October2021/#sec-Input-Objects
public sealed class InputObjectType : INamedType, IInputType
{
    private List<ITypeExtensionNode>? _extensions;

    internal InputObjectType(string name, string? description, bool isOneOf, InputObjectTypeDefinitionNode? syntaxNode)
    {
        Name = name;
        Description = description;
        IsOneOf = isOneOf;
        SyntaxNode = syntaxNode;
    }

    /// <summary>Creates a complete input object type.</summary>
    public InputObjectType(string name, IEnumerable<InputField> fields, string? description = null, bool isOneOf = false)
        : this(name, description, isOneOf, null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(fields);
        Complete(new FieldCollection<InputField>(fields));
    }

    /// <inheritdoc/>
    public TypeKind Kind => TypeKind.InputObject;

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string? Description { get; }

    /// <summary>Whether this is a OneOf input object (<c>@oneOf</c>): exactly one field must be given, non-null.</summary>
    public bool IsOneOf { get; internal set; }

    /// <summary>The CLR type input values coerce to, or <see langword="null"/> for dictionaries.</summary>
    public Type? RuntimeType { get; internal set; }

    /// <summary>
    /// Builds the runtime value from the coerced fields (only the fields given or defaulted are present);
    /// <see langword="null"/> keeps the dictionary.
    /// </summary>
    public Func<IReadOnlyDictionary<string, object?>, object>? RuntimeFactory { get; internal set; }

    /// <summary>The fields, in definition order.</summary>
    public FieldCollection<InputField> Fields { get; private set; } = FieldCollection<InputField>.Empty;

    /// <inheritdoc cref="INamedType.SyntaxNode"/>
    public InputObjectTypeDefinitionNode? SyntaxNode { get; }

    ITypeDefinitionNode? INamedType.SyntaxNode => SyntaxNode;

    /// <inheritdoc/>
    public IReadOnlyList<ITypeExtensionNode> ExtensionSyntaxNodes => (IReadOnlyList<ITypeExtensionNode>?)_extensions ?? [];

    internal void AddExtension(ITypeExtensionNode node) => (_extensions ??= []).Add(node);

    internal void Complete(FieldCollection<InputField> fields)
    {
        Fields = fields;
        foreach (var field in fields)
        {
            field.DeclaringType = this;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
