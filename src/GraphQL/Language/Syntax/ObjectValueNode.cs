namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#ObjectValue

/// <summary>An input-object literal.</summary>
public sealed record ObjectValueNode(Location? Location, IReadOnlyList<ObjectFieldNode> Fields)
    : SyntaxNode(Location), IValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
}
