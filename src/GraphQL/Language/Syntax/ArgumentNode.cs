namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#Argument

/// <summary>An argument passed to a field or directive.</summary>
public sealed record ArgumentNode(Location? Location, NameNode Name, IValueNode Value)
    : SyntaxNode(Location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Argument;
}
