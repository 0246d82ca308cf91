namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#UnionTypeExtension

/// <summary>An <c>extend union</c> definition.</summary>
public sealed record UnionTypeExtensionNode(Location? Location, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types)
    : SyntaxNode(Location), ITypeExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;
}
