namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#SelectionSet

/// <summary>A braced list of selections.</summary>
public sealed record SelectionSetNode(Location? Location, IReadOnlyList<ISelectionNode> Selections)
    : SyntaxNode(Location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
}
