using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>An interface type.</summary>
// https://spec.graphql.org/October2021/#sec-Interfaces
public sealed class InterfaceType : IComplexOutputType, IAbstractType
{
    private List<ITypeExtensionNode>? _extensions;

    /// <summary>Creates an interface type; fields and interfaces are set by <see cref="Complete"/>.</summary>
    internal InterfaceType(string name, string? description, InterfaceTypeDefinitionNode? syntaxNode)
    {
        Name = name;
        Description = description;
        SyntaxNode = syntaxNode;
    }

    /// <summary>Creates a complete interface type.</summary>
    public InterfaceType(string name, IEnumerable<OutputField> fields, IEnumerable<InterfaceType>? interfaces = null, string? description = null)
        : this(name, description, null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(fields);
        Complete(new FieldCollection<OutputField>(fields), interfaces is null ? [] : [.. interfaces]);
    }

    /// <inheritdoc/>
    public TypeKind Kind => TypeKind.Interface;

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string? Description { get; }

    /// <inheritdoc/>
    public FieldCollection<OutputField> Fields { get; private set; } = FieldCollection<OutputField>.Empty;

    /// <inheritdoc/>
    public IReadOnlyList<InterfaceType> Interfaces { get; private set; } = [];

    /// <inheritdoc cref="INamedType.SyntaxNode"/>
    public InterfaceTypeDefinitionNode? SyntaxNode { get; }

    ITypeDefinitionNode? INamedType.SyntaxNode => SyntaxNode;

    /// <inheritdoc/>
    public IReadOnlyList<ITypeExtensionNode> ExtensionSyntaxNodes => (IReadOnlyList<ITypeExtensionNode>?)_extensions ?? [];

    /// <inheritdoc/>
    public bool Implements(InterfaceType interfaceType)
    {
        foreach (var candidate in Interfaces)
        {
            if (ReferenceEquals(candidate, interfaceType))
            {
                return true;
            }
        }

        return false;
    }

    internal void AddExtension(ITypeExtensionNode node) => (_extensions ??= []).Add(node);

    internal void Complete(FieldCollection<OutputField> fields, IReadOnlyList<InterfaceType> interfaces)
    {
        Fields = fields;
        Interfaces = interfaces;
        foreach (var field in fields)
        {
            field.DeclaringType = this;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
