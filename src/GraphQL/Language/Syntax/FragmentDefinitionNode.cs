namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#FragmentDefinition

/// <summary>A named fragment definition.</summary>
public sealed record FragmentDefinitionNode(Location? Location, NameNode Name, NamedTypeNode TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet)
    : SyntaxNode(Location), IExecutableDefinitionNode, IHasDirectives
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
}
