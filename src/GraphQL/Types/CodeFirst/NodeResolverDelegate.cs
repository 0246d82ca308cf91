using KtPortal.GraphQL.Execution;

namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>Fetches a node by its decoded key.</summary>
internal delegate ValueTask<object?> NodeResolverDelegate(IResolverContext context, object key);
