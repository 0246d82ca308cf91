namespace KtPortal.GraphQL.Fetching.Internal;

/// <summary>A <see cref="BatchDataLoader{TKey, TValue}"/> whose batch function is a delegate.</summary>
internal sealed class FetchBatchDataLoader<TKey, TValue>(string name, FetchBatch<TKey, TValue> fetch, IBatchScheduler batchScheduler, DataLoaderOptions? options)
    : BatchDataLoader<TKey, TValue>(batchScheduler, options)
    where TKey : notnull
{
    protected override string Name => name;

    protected override Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
        => fetch(keys, cancellationToken);
}
