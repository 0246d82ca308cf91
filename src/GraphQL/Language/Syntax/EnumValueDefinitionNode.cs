namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#EnumValueDefinition

/// <summary>One value of an enum type definition.</summary>
public sealed record EnumValueDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives)
    : SyntaxNode(Location), IHasDirectives, IHasName
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
}
