namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#ObjectTypeDefinition

/// <summary>An object type definition.</summary>
public sealed record ObjectTypeDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields)
    : SyntaxNode(Location), ITypeDefinitionNode, IComplexTypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;
}
