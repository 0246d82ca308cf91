namespace KtPortal.GraphQL.Language;

/// <summary>A node that carries a name.</summary>
public interface IHasName : ISyntaxNode
{
    /// <summary>The node's name.</summary>
    NameNode Name { get; }
}
