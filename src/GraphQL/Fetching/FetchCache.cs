namespace KtPortal.GraphQL.Fetching;

/// <summary>Fetches the value of one key (see <see cref="CacheDataLoader{TKey, TValue}"/>).</summary>
/// <param name="key">The key.</param>
/// <param name="cancellationToken">The token of the load.</param>
public delegate Task<TValue> FetchCache<TKey, TValue>(TKey key, CancellationToken cancellationToken)
    where TKey : notnull;
