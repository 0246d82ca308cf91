namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#OperationDefinition

/// <summary>A query, mutation or subscription operation.</summary>
public sealed record OperationDefinitionNode(Location? Location, OperationType Operation, NameNode? Name, IReadOnlyList<VariableDefinitionNode> VariableDefinitions, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet)
    : SyntaxNode(Location), IExecutableDefinitionNode, IHasDirectives
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;
}
