namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#ListValue

/// <summary>A list literal.</summary>
public sealed record ListValueNode(Location? Location, IReadOnlyList<IValueNode> Values)
    : SyntaxNode(Location), IValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListValue;
}
