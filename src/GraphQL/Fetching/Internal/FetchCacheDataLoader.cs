namespace KtPortal.GraphQL.Fetching.Internal;

/// <summary>A <see cref="CacheDataLoader{TKey, TValue}"/> whose fetch is a delegate.</summary>
internal sealed class FetchCacheDataLoader<TKey, TValue>(string name, FetchCache<TKey, TValue> fetch, IBatchScheduler batchScheduler, DataLoaderOptions? options)
    : CacheDataLoader<TKey, TValue>(batchScheduler, options)
    where TKey : notnull
{
    protected override string Name => name;

    protected override Task<TValue> LoadSingleAsync(TKey key, CancellationToken cancellationToken) => fetch(key, cancellationToken);
}
