using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// A scalar type. Scalars defined in SDL accept any literal; subclasses narrow what they accept by
/// overriding <see cref="ValidateLiteral"/>.
/// </summary>
// https://spec.graphql.org/October2021/#sec-Scalars
public class ScalarType : ILeafType
{
    private List<ITypeExtensionNode>? _extensions;

    /// <summary>Creates a scalar type.</summary>
    public ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : this(name, description, specifiedByUrl, null)
    {
    }

    internal ScalarType(string name, string? description, string? specifiedByUrl, ScalarTypeDefinitionNode? syntaxNode)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
        SpecifiedByUrl = specifiedByUrl;
        SyntaxNode = syntaxNode;
    }

    /// <inheritdoc/>
    public TypeKind Kind => TypeKind.Scalar;

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string? Description { get; }

    /// <summary>The URL given by <c>@specifiedBy</c>, or <see langword="null"/>.</summary>
    public string? SpecifiedByUrl { get; internal set; }

    /// <inheritdoc cref="INamedType.SyntaxNode"/>
    public ScalarTypeDefinitionNode? SyntaxNode { get; }

    ITypeDefinitionNode? INamedType.SyntaxNode => SyntaxNode;

    /// <inheritdoc/>
    public IReadOnlyList<ITypeExtensionNode> ExtensionSyntaxNodes => (IReadOnlyList<ITypeExtensionNode>?)_extensions ?? [];

    /// <summary>
    /// Checks a literal (never a variable) against this scalar. Returns <see langword="null"/> when it is
    /// accepted, otherwise the error message.
    /// </summary>
    public virtual string? ValidateLiteral(IValueNode literal) => null;

    internal void AddExtension(ITypeExtensionNode node) => (_extensions ??= []).Add(node);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
