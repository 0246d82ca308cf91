namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#BooleanValue

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record BooleanValueNode(Location? Location, bool Value)
    : SyntaxNode(Location), IValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
}
