namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#InterfaceTypeExtension

/// <summary>An <c>extend interface</c> definition.</summary>
public sealed record InterfaceTypeExtensionNode(Location? Location, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields)
    : SyntaxNode(Location), ITypeExtensionNode, IComplexTypeExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;
}
