namespace KtPortal.GraphQL.Fetching;

/// <summary>
/// A DataLoader that fetches each key on its own (no batching) and caches the value for the lifetime of the
/// instance: override <see cref="LoadSingleAsync"/>. Loads still wait for the execution's dispatch, so a
/// key asked for by many resolvers is fetched once.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value of one key.</typeparam>
public abstract class CacheDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue>
    where TKey : notnull
{
    /// <summary>Creates the loader; <see cref="DataLoaderOptions.MaxBatchSize"/> is always 1.</summary>
    /// <param name="batchScheduler">Decides when loads run; <see cref="DefaultBatchScheduler"/> from the services.</param>
    /// <param name="options">Caching; the defaults when <see langword="null"/>.</param>
    protected CacheDataLoader(IBatchScheduler batchScheduler, DataLoaderOptions? options = null)
        : base(batchScheduler, (options ?? DataLoaderOptions.Default) with { MaxBatchSize = 1 })
    {
    }

    /// <summary>Fetches the value of <paramref name="key"/>.</summary>
    /// <param name="key">The key to fetch.</param>
    /// <param name="cancellationToken">The token of the load.</param>
    protected abstract Task<TValue> LoadSingleAsync(TKey key, CancellationToken cancellationToken);

    private protected sealed override async Task<KeyOutcome[]> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
        => [KeyOutcome.Loaded(await LoadSingleAsync(keys[0], cancellationToken).ConfigureAwait(false))];
}
