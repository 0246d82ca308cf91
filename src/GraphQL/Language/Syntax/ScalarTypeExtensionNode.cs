namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#ScalarTypeExtension

/// <summary>An <c>extend scalar</c> definition.</summary>
public sealed record ScalarTypeExtensionNode(Location? Location, NameNode Name, IReadOnlyList<DirectiveNode> Directives)
    : SyntaxNode(Location), ITypeExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}
