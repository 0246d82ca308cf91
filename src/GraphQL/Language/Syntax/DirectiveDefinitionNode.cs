namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#DirectiveDefinition

/// <summary>A directive definition.</summary>
public sealed record DirectiveDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, bool IsRepeatable, IReadOnlyList<NameNode> Locations)
    : SyntaxNode(Location), ITypeSystemDefinitionNode, IHasName
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;
}
