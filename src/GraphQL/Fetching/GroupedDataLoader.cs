namespace KtPortal.GraphQL.Fetching;

/// <summary>
/// A DataLoader with any number of values per key (a one-to-many relation): override
/// <see cref="LoadGroupedBatchAsync"/>. A key without values resolves to an empty array.
/// </summary>
/// <remarks>A result that holds a key that was not asked for fails the whole batch.</remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">One of the values of a key.</typeparam>
public abstract class GroupedDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue[]>
    where TKey : notnull
{
    /// <summary>Creates the loader.</summary>
    /// <param name="batchScheduler">Decides when batches run; <see cref="DefaultBatchScheduler"/> from the services.</param>
    /// <param name="options">Batch size and caching; the defaults when <see langword="null"/>.</param>
    protected GroupedDataLoader(IBatchScheduler batchScheduler, DataLoaderOptions? options = null)
        : base(batchScheduler, options)
    {
    }

    /// <summary>Fetches the values of <paramref name="keys"/> (distinct), grouped by key.</summary>
    /// <param name="keys">The keys of the batch.</param>
    /// <param name="cancellationToken">The token of the load that opened the batch.</param>
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected sealed override async Task<KeyOutcome[]> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var result = await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(false)
            ?? throw MismatchError("returned null instead of a lookup.");

        var outcomes = new KeyOutcome[keys.Count];
        var found = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            if (result.Contains(keys[i]))
            {
                found++;
                outcomes[i] = KeyOutcome.Loaded([.. result[keys[i]]]);
            }
            else
            {
                outcomes[i] = KeyOutcome.Loaded([]);
            }
        }

        if (found != result.Count)
        {
            var requested = new HashSet<TKey>(keys);
            var extra = result.First(group => !requested.Contains(group.Key)).Key;
            throw MismatchError($"returned the key {extra}, which was not requested.");
        }

        return outcomes;
    }
}
