namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#EnumTypeExtension

/// <summary>An <c>extend enum</c> definition.</summary>
public sealed record EnumTypeExtensionNode(Location? Location, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values)
    : SyntaxNode(Location), ITypeExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;
}
