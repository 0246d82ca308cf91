namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#VariableDefinition

/// <summary>A variable declared by an operation.</summary>
public sealed record VariableDefinitionNode(Location? Location, VariableNode Variable, ITypeNode Type, IValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives)
    : SyntaxNode(Location), IHasDirectives
{
    /// <summary>
    /// The description, if any. Not in the October 2021 specification; graphql-js 16 parses and prints it,
    /// so we do too.
    /// </summary>
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
}
