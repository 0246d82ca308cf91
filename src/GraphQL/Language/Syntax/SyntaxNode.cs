namespace KtPortal.GraphQL.Language;

/// <summary>
/// The base of every node in the syntax tree. Nodes are immutable; copy one with a <c>with</c>
/// expression. <see cref="Location"/> is <see langword="null"/> for nodes built in code.
/// </summary>
public abstract record SyntaxNode(Location? Location) : ISyntaxNode
{
    /// <summary>The node's kind.</summary>
    public abstract SyntaxKind Kind { get; }
}
