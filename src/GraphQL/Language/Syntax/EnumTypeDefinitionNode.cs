namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#EnumTypeDefinition

/// <summary>An enum type definition.</summary>
public sealed record EnumTypeDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values)
    : SyntaxNode(Location), ITypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;
}
