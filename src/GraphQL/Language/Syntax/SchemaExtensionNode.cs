namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#SchemaExtension

/// <summary>An <c>extend schema</c> definition.</summary>
public sealed record SchemaExtensionNode(Location? Location, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes)
    : SyntaxNode(Location), ITypeSystemExtensionNode, IHasDirectives
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
}
