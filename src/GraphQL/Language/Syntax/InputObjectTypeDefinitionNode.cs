namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#InputObjectTypeDefinition

/// <summary>An input object type definition.</summary>
public sealed record InputObjectTypeDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<InputValueDefinitionNode> Fields)
    : SyntaxNode(Location), ITypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;
}
