namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#RootOperationTypeDefinition

/// <summary>One root operation type of a schema definition or extension.</summary>
public sealed record OperationTypeDefinitionNode(Location? Location, OperationType Operation, NamedTypeNode Type)
    : SyntaxNode(Location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
}
