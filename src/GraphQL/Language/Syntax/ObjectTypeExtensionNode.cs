namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#ObjectTypeExtension

/// <summary>An <c>extend type</c> definition.</summary>
public sealed record ObjectTypeExtensionNode(Location? Location, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields)
    : SyntaxNode(Location), ITypeExtensionNode, IComplexTypeExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;
}
