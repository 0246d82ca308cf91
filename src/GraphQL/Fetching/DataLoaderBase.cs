using KtPortal.GraphQL.Fetching.Internal;

namespace KtPortal.GraphQL.Fetching;

/// <summary>
/// What every DataLoader shares: the cache of key tasks, the batch being collected, and its dispatch. Derive from
/// <see cref="BatchDataLoader{TKey, TValue}"/>, <see cref="GroupedDataLoader{TKey, TValue}"/> or
/// <see cref="CacheDataLoader{TKey, TValue}"/>. Thread-safe: resolvers of one level load concurrently.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value of one key.</typeparam>
public abstract partial class DataLoaderBase<TKey, TValue> : IDataLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private readonly IBatchScheduler _scheduler;
    private readonly int _maxBatchSize;
    private readonly Dictionary<TKey, LoadPromise<TValue>>? _cache;
    private Batch? _open;

    // Under the lock: the keys a load of many is adding, so that a batch it opens is made big enough for them.
    private int _adding;

    private protected DataLoaderBase(IBatchScheduler batchScheduler, DataLoaderOptions? options)
    {
        ArgumentNullException.ThrowIfNull(batchScheduler);
        options ??= DataLoaderOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBatchSize, 1, nameof(options));
        _scheduler = batchScheduler;
        _maxBatchSize = options.MaxBatchSize;
        _cache = options.Caching ? [] : null;
    }

    /// <summary>The name errors give for this loader: the class name unless a subclass says otherwise.</summary>
    protected virtual string Name => GetType().Name;

    /// <inheritdoc/>
    public Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var promise = Load(key, cancellationToken);
        return cancellationToken.CanBeCanceled && !promise.Task.IsCompleted
            ? promise.Task.WaitAsync(cancellationToken)
            : promise.Task;
    }

    private LoadPromise<TValue> Load(TKey key, CancellationToken cancellationToken)
    {
        var scope = LoadScope.ForLoad();
        LoadPromise<TValue> promise;
        Batch? toSchedule = null;
        lock (_lock)
        {
            promise = GetOrAddPromise(key, cancellationToken);
            if (promise.Batch is Batch batch && batch.TryMarkScheduled(scope?.Execution))
            {
                toSchedule = batch;
            }
        }

        // A load outside any execution (or one from a batch function) is dispatched without waiting for anyone.
        if (scope is not null && !promise.Task.IsCompleted)
        {
            promise.TryAddWaiter(scope);
        }

        if (toSchedule is not null)
        {
            _scheduler.Schedule(toSchedule.Dispatch);
        }

        return promise;
    }

    /// <inheritdoc/>
    // Not async itself: a scope the first load creates must flow back into the calling resolver.
    public Task<IReadOnlyList<TValue>> LoadAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);

        // The keys go into one batch: its execution holds the dispatch until the last is added.
        var execution = LoadScope.ForLoad()?.Execution;
        execution?.Hold();
        var promises = new LoadPromise<TValue>[keys.Count];
        lock (_lock)
        {
            _cache?.EnsureCapacity(_cache.Count + keys.Count);
            _open?.EnsureCapacity(Math.Min(_open.Keys.Count + keys.Count, _maxBatchSize));
            _adding = keys.Count;
        }

        try
        {
            var index = 0;
            foreach (var key in keys)
            {
                ArgumentNullException.ThrowIfNull(key, nameof(keys));
                promises[index++] = Load(key, cancellationToken);
            }
        }
        finally
        {
            lock (_lock)
            {
                _adding = 0;
            }

            execution?.Release();
        }

        // The caller resumes once, when the last of its keys is known, on the thread that completed its batch (see
        // Complete), where awaiting every key's task would queue one thread-pool work item per key.
        return cancellationToken.CanBeCanceled
            ? ManyLoad<TValue>.Cancellable(promises, cancellationToken)
            : new ManyLoad<TValue>(promises).Task;
    }

    /// <inheritdoc/>
    public void Set(TKey key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_lock)
        {
            _cache?.TryAdd(key, new LoadPromise<TValue>(value));
        }
    }

    /// <inheritdoc/>
    public void Remove(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_lock)
        {
            _cache?.Remove(key);
        }
    }

    /// <inheritdoc/>
    public void Clear()
    {
        lock (_lock)
        {
            _cache?.Clear();
        }
    }

    /// <summary>Fetches the values of <paramref name="keys"/> (distinct); one outcome per key, in order.</summary>
    private protected abstract Task<KeyOutcome[]> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>An error naming this loader, for a result that does not match its keys.</summary>
    private protected InvalidOperationException MismatchError(string problem)
        => new($"The DataLoader {Name} {problem}");

    private LoadPromise<TValue> GetOrAddPromise(TKey key, CancellationToken cancellationToken)
    {
        if (_cache is not null && _cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (_open is not null && _open.Promises.TryGetValue(key, out var inBatch))
        {
            return inBatch;
        }

        if (_open is null || _open.Keys.Count >= _maxBatchSize)
        {
            // A full batch stays scheduled; the keys after it form the next one.
            _open = new Batch(this, cancellationToken);
            _open.EnsureCapacity(Math.Min(_adding, _maxBatchSize));
        }

        var promise = new LoadPromise<TValue>(_open);
        _open.Add(key, promise);
        _cache?.Add(key, promise);
        return promise;
    }

    private async ValueTask DispatchAsync(Batch batch)
    {
        lock (_lock)
        {
            if (batch.IsDispatched)
            {
                return;
            }

            batch.IsDispatched = true;
            if (ReferenceEquals(_open, batch))
            {
                _open = null;
            }
        }

        KeyOutcome[] outcomes;
        try
        {
            outcomes = await FetchAsync(batch.Keys, batch.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // A failed batch fails its own keys and nothing else.
            outcomes = new KeyOutcome[batch.Keys.Count];
            Array.Fill(outcomes, KeyOutcome.Failed(exception));
        }

        Complete(batch, outcomes);
    }

    private void Complete(Batch batch, KeyOutcome[] outcomes)
    {
        var promises = new LoadPromise<TValue>[batch.Keys.Count];
        lock (_lock)
        {
            for (var i = 0; i < promises.Length; i++)
            {
                var key = batch.Keys[i];
                promises[i] = batch.Promises[key];

                // A failed key is not cached, so that a later scope (or a Remove) can try it again.
                if (outcomes[i].Error is not null && _cache is not null
                    && _cache.TryGetValue(key, out var cached) && ReferenceEquals(cached, promises[i]))
                {
                    _cache.Remove(key);
                }
            }
        }

        // Every waiter of the batch is counted as running again before any of them resumes; otherwise the first
        // resumed resolver's children could be dispatched while its siblings still count as blocked.
        var waiters = new List<LoadScope>?[promises.Length];
        for (var i = 0; i < promises.Length; i++)
        {
            waiters[i] = promises[i].Settle();
        }

        foreach (var list in waiters)
        {
            if (list is null)
            {
                continue;
            }

            foreach (var scope in list)
            {
                scope.LoadCompleted();
            }
        }

        for (var i = 0; i < promises.Length; i++)
        {
            if (outcomes[i].Error is { } error)
            {
                promises[i].Fail(error);
            }
            else
            {
                promises[i].Complete(outcomes[i].Value);
            }
        }

        // A load of many keys resumes its caller on this thread when told of its last key: only once every key of
        // the batch is known, so that the caller's code never runs while keys of this batch are still pending.
        foreach (var promise in promises)
        {
            promise.NotifyObservers();
        }
    }
}
