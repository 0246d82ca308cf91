namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#Field

/// <summary>A field selection, with its optional alias, arguments and sub-selection.</summary>
public sealed record FieldNode(Location? Location, NameNode? Alias, NameNode Name, IReadOnlyList<ArgumentNode> Arguments, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode? SelectionSet)
    : SyntaxNode(Location), ISelectionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Field;
}
