namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#ScalarTypeDefinition

/// <summary>A scalar type definition.</summary>
public sealed record ScalarTypeDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives)
    : SyntaxNode(Location), ITypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}
