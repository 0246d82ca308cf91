namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#Variable

/// <summary>A variable reference such as <c>$id</c>.</summary>
public sealed record VariableNode(Location? Location, NameNode Name)
    : SyntaxNode(Location), IValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Variable;
}
