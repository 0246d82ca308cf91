namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#UnionTypeDefinition

/// <summary>A union type definition.</summary>
public sealed record UnionTypeDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types)
    : SyntaxNode(Location), ITypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;
}
