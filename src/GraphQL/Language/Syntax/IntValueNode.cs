namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#IntValue

/// <summary>An integer literal, kept as its source text.</summary>
public sealed record IntValueNode(Location? Location, string Value)
    : SyntaxNode(Location), IValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.IntValue;
}
