namespace KtPortal.GraphQL.Language;

/// <summary>Any node of the syntax tree.</summary>
public interface ISyntaxNode
{
    /// <summary>The node's kind.</summary>
    SyntaxKind Kind { get; }

    /// <summary>Where the node stands in its source, when it was parsed.</summary>
    Location? Location { get; }
}
