namespace KtPortal.GraphQL.Language;

/// <summary>A node that can carry directives.</summary>
public interface IHasDirectives : ISyntaxNode
{
    /// <summary>The directives applied to the node, in source order.</summary>
    IReadOnlyList<DirectiveNode> Directives { get; }
}
