namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#NullValue

/// <summary>The <c>null</c> literal.</summary>
public sealed record NullValueNode(Location? Location)
    : SyntaxNode(Location), IValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}
