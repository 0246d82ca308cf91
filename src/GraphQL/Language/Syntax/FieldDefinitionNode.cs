namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#FieldDefinition

/// <summary>A field of an object or interface type.</summary>
public sealed record FieldDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, ITypeNode Type, IReadOnlyList<DirectiveNode> Directives)
    : SyntaxNode(Location), IHasDirectives, IHasName
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
}
