namespace KtPortal.GraphQL.Language;

/// <summary>
/// Walks a syntax tree depth-first, visiting children in graphql-js order (its <c>QueryDocumentKeys</c>,
/// names and descriptions included). Override <see cref="Enter"/> and <see cref="Leave"/>.
/// </summary>
/// <typeparam name="TContext">State carried through the walk.</typeparam>
public abstract partial class SyntaxWalker<TContext>
{
    /// <summary>Walks <paramref name="node"/> and everything below it.</summary>
    public void Walk(ISyntaxNode node, TContext context)
    {
        ArgumentNullException.ThrowIfNull(node);
        _ = Visit(node, context);
    }

    /// <summary>Called before a node's children are visited.</summary>
    protected virtual SyntaxWalkerAction Enter(ISyntaxNode node, TContext context) => SyntaxWalkerAction.Continue;

    /// <summary>Called after a node's children were visited (not for skipped nodes).</summary>
    protected virtual void Leave(ISyntaxNode node, TContext context)
    {
    }

    // Returns false when the walk must stop.
    private bool Visit(ISyntaxNode? node, TContext context)
    {
        if (node is null)
        {
            return true;
        }

        switch (Enter(node, context))
        {
            case SyntaxWalkerAction.Break:
                return false;
            case SyntaxWalkerAction.Skip:
                return true;
        }

        if (!VisitChildren(node, context))
        {
            return false;
        }

        Leave(node, context);
        return true;
    }

    private bool VisitAll<T>(IReadOnlyList<T> nodes, TContext context)
        where T : ISyntaxNode
    {
        foreach (var node in nodes)
        {
            if (!Visit(node, context))
            {
                return false;
            }
        }

        return true;
    }
}
