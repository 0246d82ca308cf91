namespace KtPortal.GraphQL.Fetching.Internal;

/// <summary>A <see cref="GroupedDataLoader{TKey, TValue}"/> whose batch function is a delegate.</summary>
internal sealed class FetchGroupedDataLoader<TKey, TValue>(string name, FetchGroup<TKey, TValue> fetch, IBatchScheduler batchScheduler, DataLoaderOptions? options)
    : GroupedDataLoader<TKey, TValue>(batchScheduler, options)
    where TKey : notnull
{
    protected override string Name => name;

    protected override Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
        => fetch(keys, cancellationToken);
}
