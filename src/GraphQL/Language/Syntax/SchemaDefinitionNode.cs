namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#SchemaDefinition

/// <summary>A <c>schema { ... }</c> definition.</summary>
public sealed record SchemaDefinitionNode(Location? Location, StringValueNode? Description, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes)
    : SyntaxNode(Location), ITypeSystemDefinitionNode, IHasDirectives
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
}
