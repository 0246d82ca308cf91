namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#OperationDefinition

/// <summary>A query, mutation or subscription operation.</summary>
public sealed record OperationDefinitionNode(Location? Location, OperationType Operation, NameNode? Name, IReadOnlyList<VariableDefinitionNode> VariableDefinitions, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet)
    : SyntaxNode(Location), IExecutableDefinitionNode, IHasDirectives
{
    /// <summary>
    /// The description, if any. Not in the October 2021 specification; graphql-js 16 parses and prints it,
    /// so we do too.
    /// </summary>
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;
}
