namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#Document

/// <summary>A GraphQL document: executable definitions, type-system definitions or both.</summary>
public sealed record DocumentNode(Location? Location, IReadOnlyList<IDefinitionNode> Definitions)
    : SyntaxNode(Location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Document;
}
