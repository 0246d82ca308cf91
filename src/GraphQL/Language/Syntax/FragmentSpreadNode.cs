namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#FragmentSpread

/// <summary>A named fragment spread: <c>...Name</c>.</summary>
public sealed record FragmentSpreadNode(Location? Location, NameNode Name, IReadOnlyList<DirectiveNode> Directives)
    : SyntaxNode(Location), ISelectionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
}
