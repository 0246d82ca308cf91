namespace KtPortal.GraphQL.Language;

/// <summary>What a <see cref="SyntaxWalker{TContext}"/> does after entering a node.</summary>
public enum SyntaxWalkerAction
{
    /// <summary>Visit the node's children, then leave it.</summary>
    Continue,

    /// <summary>Do not visit the node's children; it is not left either.</summary>
    Skip,

    /// <summary>Stop the whole walk.</summary>
    Break,
}
