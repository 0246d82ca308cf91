namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#ObjectField

/// <summary>One field of an input-object literal.</summary>
public sealed record ObjectFieldNode(Location? Location, NameNode Name, IValueNode Value)
    : SyntaxNode(Location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectField;
}
