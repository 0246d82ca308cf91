namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#NamedType

/// <summary>A reference to a named type.</summary>
public sealed record NamedTypeNode(Location? Location, NameNode Name)
    : SyntaxNode(Location), ITypeNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NamedType;
}
