namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#FloatValue

/// <summary>A float literal, kept as its source text.</summary>
public sealed record FloatValueNode(Location? Location, string Value)
    : SyntaxNode(Location), IValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FloatValue;
}
