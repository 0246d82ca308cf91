namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>The key type of a node type and the resolver that fetches one by key.</summary>
internal sealed record NodeResolverEntry(Type KeyType, NodeResolverDelegate Resolve);
