namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#StringValue

/// <summary>A string literal, with escapes resolved; <see cref="Block"/> marks a block string.</summary>
public sealed record StringValueNode(Location? Location, string Value, bool Block)
    : SyntaxNode(Location), IValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.StringValue;
}
