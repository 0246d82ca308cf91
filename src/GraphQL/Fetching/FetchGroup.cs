namespace KtPortal.GraphQL.Fetching;

/// <summary>Fetches the values of a batch of keys, grouped by key (see <see cref="GroupedDataLoader{TKey, TValue}"/>).</summary>
/// <param name="keys">The distinct keys of the batch.</param>
/// <param name="cancellationToken">The token of the load that opened the batch.</param>
public delegate Task<ILookup<TKey, TValue>> FetchGroup<TKey, TValue>(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    where TKey : notnull;
