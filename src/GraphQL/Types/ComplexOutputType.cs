using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// What object and interface types share: a name, fields and implemented interfaces, built in two steps
/// (created, then completed once every type exists, so that types can refer to each other).
/// </summary>
/// <typeparam name="TSyntax">The definition node kind: object or interface.</typeparam>
public abstract class ComplexOutputType<TSyntax> : IComplexOutputType
    where TSyntax : class, ITypeDefinitionNode
{
    private List<ITypeExtensionNode>? _extensions;

    private protected ComplexOutputType(string name, string? description, TSyntax? syntaxNode)
    {
        Name = name;
        Description = description;
        SyntaxNode = syntaxNode;
    }

    /// <inheritdoc/>
    public abstract TypeKind Kind { get; }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string? Description { get; }

    /// <inheritdoc/>
    public FieldCollection<OutputField> Fields { get; private set; } = FieldCollection<OutputField>.Empty;

    /// <inheritdoc/>
    public IReadOnlyList<InterfaceType> Interfaces { get; private set; } = [];

    /// <inheritdoc cref="INamedType.SyntaxNode"/>
    public TSyntax? SyntaxNode { get; }

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

    private protected void CompleteFromCode(string name, IEnumerable<OutputField> fields, IEnumerable<InterfaceType>? interfaces)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(fields);
        Complete(new FieldCollection<OutputField>(fields), interfaces is null ? [] : [.. interfaces]);
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
