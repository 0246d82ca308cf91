namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#Name

/// <summary>A name: <c>[_A-Za-z][_0-9A-Za-z]*</c>.</summary>
public sealed record NameNode(Location? Location, string Value)
    : SyntaxNode(Location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Name;
}
