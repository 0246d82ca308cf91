namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#InlineFragment

/// <summary>An inline fragment, with an optional type condition.</summary>
public sealed record InlineFragmentNode(Location? Location, NamedTypeNode? TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet)
    : SyntaxNode(Location), ISelectionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
}
