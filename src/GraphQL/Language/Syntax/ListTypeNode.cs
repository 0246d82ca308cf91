namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#ListType

/// <summary>A list type reference: <c>[Type]</c>.</summary>
public sealed record ListTypeNode(Location? Location, ITypeNode Type)
    : SyntaxNode(Location), ITypeNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListType;
}
