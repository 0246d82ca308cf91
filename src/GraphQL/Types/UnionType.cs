using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>A union type.</summary>
// https://spec.graphql.org/October2021/#sec-Unions
public sealed class UnionType : IAbstractType
{
    private List<ITypeExtensionNode>? _extensions;
    private HashSet<ObjectType>? _memberSet;

    internal UnionType(string name, string? description, UnionTypeDefinitionNode? syntaxNode)
    {
        Name = name;
        Description = description;
        SyntaxNode = syntaxNode;
    }

    /// <summary>Creates a complete union type.</summary>
    public UnionType(string name, IEnumerable<ObjectType> types, string? description = null)
        : this(name, description, null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(types);
        Complete([.. types]);
    }

    /// <inheritdoc/>
    public TypeKind Kind => TypeKind.Union;

    /// <inheritdoc/>
    public Func<object, IResolverContext, ObjectType?>? ResolveType { get; internal set; }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string? Description { get; }

    /// <summary>The member types, in definition order.</summary>
    public IReadOnlyList<ObjectType> Types { get; private set; } = [];

    /// <inheritdoc cref="INamedType.SyntaxNode"/>
    public UnionTypeDefinitionNode? SyntaxNode { get; }

    ITypeDefinitionNode? INamedType.SyntaxNode => SyntaxNode;

    /// <inheritdoc/>
    public IReadOnlyList<ITypeExtensionNode> ExtensionSyntaxNodes => (IReadOnlyList<ITypeExtensionNode>?)_extensions ?? [];

    /// <summary>Whether <paramref name="type"/> is a member of this union.</summary>
    public bool ContainsType(ObjectType type) => _memberSet is not null && _memberSet.Contains(type);

    internal void AddExtension(ITypeExtensionNode node) => (_extensions ??= []).Add(node);

    internal void Complete(IReadOnlyList<ObjectType> types)
    {
        Types = types;
        _memberSet = [.. types];
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
