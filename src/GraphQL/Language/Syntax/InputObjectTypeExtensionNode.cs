namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#InputObjectTypeExtension

/// <summary>An <c>extend input</c> definition.</summary>
public sealed record InputObjectTypeExtensionNode(Location? Location, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<InputValueDefinitionNode> Fields)
    : SyntaxNode(Location), ITypeExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;
}
