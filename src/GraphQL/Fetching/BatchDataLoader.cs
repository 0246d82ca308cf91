namespace KtPortal.GraphQL.Fetching;

/// <summary>
/// A DataLoader with one value per key: override <see cref="LoadBatchAsync"/> to fetch the values of a batch of
/// keys in one round trip.
/// </summary>
/// <remarks>
/// A key missing from the result resolves to <see langword="default"/> (null), unless
/// <typeparamref name="TValue"/> is a non-nullable value type, where it is an error for that key. A result that
/// holds a key that was not asked for fails the whole batch: it means the fetch does not do what the loader
/// claims. Build the result with <see cref="ToDictionary"/> to fail on two values for one key as well.
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value of one key.</typeparam>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue>
    where TKey : notnull
{
    private static readonly bool MissingIsError = typeof(TValue).IsValueType && Nullable.GetUnderlyingType(typeof(TValue)) is null;

    /// <summary>Creates the loader.</summary>
    /// <param name="batchScheduler">Decides when batches run; <see cref="DefaultBatchScheduler"/> from the services.</param>
    /// <param name="options">Batch size and caching; the defaults when <see langword="null"/>.</param>
    protected BatchDataLoader(IBatchScheduler batchScheduler, DataLoaderOptions? options = null)
        : base(batchScheduler, options)
    {
    }

    /// <summary>Fetches the values of <paramref name="keys"/> (distinct, at most <see cref="DataLoaderOptions.MaxBatchSize"/>).</summary>
    /// <param name="keys">The keys of the batch.</param>
    /// <param name="cancellationToken">The token of the load that opened the batch.</param>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>
    /// The result of a batch from a list of values and the key of each, failing on two values for one key.
    /// </summary>
    /// <typeparam name="TSource">The type of the values as fetched (for example non-nullable where <typeparamref name="TValue"/> is nullable).</typeparam>
    /// <param name="values">The values fetched.</param>
    /// <param name="keySelector">The key of a value.</param>
    /// <exception cref="InvalidOperationException">Two values have the same key.</exception>
    protected IReadOnlyDictionary<TKey, TValue> ToDictionary<TSource>(IEnumerable<TSource> values, Func<TSource, TKey> keySelector)
        where TSource : TValue
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(keySelector);
        var result = new Dictionary<TKey, TValue>();
        foreach (var value in values)
        {
            var key = keySelector(value);
            if (!result.TryAdd(key, value))
            {
                throw MismatchError($"returned two values for the key {key}.");
            }
        }

        return result;
    }

    private protected sealed override async Task<KeyOutcome[]> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var result = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false)
            ?? throw MismatchError("returned null instead of a dictionary.");

        var outcomes = new KeyOutcome[keys.Count];
        var found = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            if (result.TryGetValue(keys[i], out var value))
            {
                found++;
                outcomes[i] = KeyOutcome.Loaded(value);
            }
            else
            {
                outcomes[i] = MissingIsError
                    ? KeyOutcome.Failed(MismatchError($"returned no value for the key {keys[i]}."))
                    : KeyOutcome.Loaded(default!);
            }
        }

        if (found != result.Count)
        {
            throw MismatchError($"returned the key {FirstExtraKey(keys, result.Keys)}, which was not requested.");
        }

        return outcomes;
    }

    private static TKey FirstExtraKey(IReadOnlyList<TKey> keys, IEnumerable<TKey> returned)
    {
        var requested = new HashSet<TKey>(keys);
        return returned.First(key => !requested.Contains(key));
    }
}
