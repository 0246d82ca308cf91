namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#InterfaceTypeDefinition

/// <summary>An interface type definition; interfaces may implement interfaces.</summary>
public sealed record InterfaceTypeDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields)
    : SyntaxNode(Location), ITypeDefinitionNode, IComplexTypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;
}
