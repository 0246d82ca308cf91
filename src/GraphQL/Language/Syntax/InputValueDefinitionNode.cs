namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#InputValueDefinition

/// <summary>An argument or input-object field definition.</summary>
public sealed record InputValueDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, ITypeNode Type, IValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives)
    : SyntaxNode(Location), IHasDirectives, IHasName
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
}
