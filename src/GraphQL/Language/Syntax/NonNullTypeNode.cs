namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#NonNullType

/// <summary>A non-null type reference: <c>Type!</c>. <see cref="Type"/> is never another non-null type.</summary>
public sealed record NonNullTypeNode(Location? Location, ITypeNode Type)
    : SyntaxNode(Location), ITypeNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NonNullType;
}
