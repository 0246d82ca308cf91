namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#EnumValue

/// <summary>An enum literal.</summary>
public sealed record EnumValueNode(Location? Location, string Value)
    : SyntaxNode(Location), IValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumValue;
}
