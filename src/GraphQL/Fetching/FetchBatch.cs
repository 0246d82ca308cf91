namespace KtPortal.GraphQL.Fetching;

/// <summary>Fetches the values of a batch of keys, one value per key (see <see cref="BatchDataLoader{TKey, TValue}"/>).</summary>
/// <param name="keys">The distinct keys of the batch.</param>
/// <param name="cancellationToken">The token of the load that opened the batch.</param>
public delegate Task<IReadOnlyDictionary<TKey, TValue>> FetchBatch<TKey, TValue>(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    where TKey : notnull;
