namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#Directive

/// <summary>A directive applied at some location: <c>@name(args)</c>.</summary>
public sealed record DirectiveNode(Location? Location, NameNode Name, IReadOnlyList<ArgumentNode> Arguments)
    : SyntaxNode(Location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Directive;
}
