namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#VariableDefinition

/// <summary>A variable declared by an operation.</summary>
public sealed record VariableDefinitionNode(Location? Location, VariableNode Variable, ITypeNode Type, IValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives)
    : SyntaxNode(Location), IHasDirectives
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
}
