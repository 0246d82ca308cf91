namespace KtPortal.GraphQL.Fetching.Internal;

/// <summary>
/// Runs the DataLoader batches of one execution (one request, or one subscription event) when no resolver of the
/// execution can add keys to them any more.
/// </summary>
/// <remarks>
/// The execution counts R, the resolvers in flight (from invocation until their task completed and their
/// children were started, so R never drops between a parent and its children; the root pass counts as one),
/// and W, those of them waiting for at least one DataLoader key. When R == W every resolver that could still add
/// keys is blocked on a load, so the pending batches run. A load made with no scope at all (its resolver was
/// not yet known to be asynchronous and loaded after an await, or the code suppressed the execution context's
/// flow) runs its batch on the next thread-pool turn, so it never waits for a count that does not include it.
/// The stall timeout covers waits the count cannot see (a resolver awaiting a task another resolver started, or
/// a lock held by a resolver that waits for a load): pending batches then run after that delay instead of never.
/// <para>
/// A dispatch made due by a resolver finishing (or by the end of a hold or of the root pass) runs at once on that
/// thread: nothing of the execution is left to run there, and a hop to the thread pool would only wake another
/// thread (a thread-pool work item and about four context switches a level). A dispatch made due where the caller
/// may hold a lock (a load starting to wait) or may add more keys at once (a new batch) is queued to the thread
/// pool, as is the stall timer's.
/// </para>
/// </remarks>
internal sealed class ExecutionBatchScheduler
{
    // R in the high half, W in the low half, so that both change and are read in one atomic operation.
    private const long ResolverUnit = 1L << 32;

    private readonly Lock _lock = new();
    private readonly TimeSpan _stallTimeout;
    private LoadScope? _batchScope;
    private long _counts = ResolverUnit;
    private List<Func<ValueTask>>? _pending;
    private bool _dispatchQueued;
    private Timer? _stallTimer;

    public ExecutionBatchScheduler(TimeSpan stallTimeout)
    {
        _stallTimeout = stallTimeout;
    }

    /// <summary>A resolver is about to be invoked; it counts until <see cref="ResolverExited"/> (or its scope's Exit).</summary>
    public void EnterResolver() => Interlocked.Add(ref _counts, ResolverUnit);

    /// <summary>The synchronous pass over the root selection set has started every root field.</summary>
    public void ExitRoot() => Release();

    /// <summary>
    /// Keeps the pending batches from running until <see cref="Release"/>, as a running resolver does: for code that
    /// adds several keys which belong in one batch (a load of many keys), so that a dispatch that comes due after the
    /// first key (every resolver already waiting) cannot run the batch on another thread before the last key is in it.
    /// </summary>
    public void Hold() => Interlocked.Add(ref _counts, ResolverUnit);

    /// <summary>Ends a <see cref="Hold"/> (or the root pass); runs the pending batches if they are now due.</summary>
    public void Release() => OnChanged(Interlocked.Add(ref _counts, -ResolverUnit), inline: true);

    /// <summary>
    /// Counts the calling resolver as waiting until <see cref="Resume"/>, for work of its own that cannot add keys to
    /// any DataLoader (completing items whose other fields only read their parents). The batches that are due then
    /// run at once, on this thread, and their statements are under way while that work goes on.
    /// </summary>
    public void Pause() => OnChanged(Interlocked.Increment(ref _counts), inline: true);

    /// <summary>Ends a <see cref="Pause"/>.</summary>
    public void Resume() => Interlocked.Decrement(ref _counts);

    // Called under the promise's and the scope's locks, where no batch function may run.
    public void ResolverWaiting() => OnChanged(Interlocked.Increment(ref _counts), inline: false);

    // Fewer blocked resolvers never makes a dispatch due.
    public void ResolverResumed() => Interlocked.Decrement(ref _counts);

    public void ResolverExited(bool wasWaiting) => OnChanged(Interlocked.Add(ref _counts, -ResolverUnit - (wasWaiting ? 1 : 0)), inline: true);

    /// <summary>Adds a batch to run at the next dispatch of this execution.</summary>
    public void Schedule(Func<ValueTask> dispatch)
    {
        lock (_lock)
        {
            _pending ??= [];
            if (_pending.Contains(dispatch))
            {
                return;
            }

            _pending.Add(dispatch);
            if (_pending.Count == 1 && !_dispatchQueued && _stallTimeout != Timeout.InfiniteTimeSpan)
            {
                _stallTimer ??= new Timer(static state => ((ExecutionBatchScheduler)state!).QueueDispatch(inline: false), this, Timeout.Infinite, Timeout.Infinite);
                _stallTimer.Change(_stallTimeout, Timeout.InfiniteTimeSpan);
            }
        }

        // A full fence between adding the batch and reading the counts; the counting side does the opposite. Not run
        // inline: the loader's caller (a batch function loading through another loader, say) may be about to add
        // more keys, which the hop gives a chance to join the batch.
        OnChanged(Interlocked.CompareExchange(ref _counts, 0, 0), inline: false);
    }

    /// <summary>Runs <paramref name="dispatch"/> on the next thread-pool turn (a load made outside any execution).</summary>
    public static void DispatchSoon(Func<ValueTask> dispatch)
        => ThreadPool.UnsafeQueueUserWorkItem(static d => Run(d, null), dispatch, preferLocal: false);

    private void OnChanged(long counts, bool inline)
    {
        if ((int)(counts >> 32) == (int)counts)
        {
            QueueDispatch(inline);
        }
    }

    // With inline, the pending batches run on this thread before the call returns; else on the thread pool.
    private void QueueDispatch(bool inline)
    {
        lock (_lock)
        {
            if (_dispatchQueued || _pending is not { Count: > 0 })
            {
                return;
            }

            _dispatchQueued = true;
            _stallTimer?.Change(Timeout.Infinite, Timeout.Infinite);
        }

        if (inline)
        {
            Dispatch();
            return;
        }

        ThreadPool.UnsafeQueueUserWorkItem(static self => self.Dispatch(), this, preferLocal: false);
    }

    private void Dispatch()
    {
        List<Func<ValueTask>>? batches;
        lock (_lock)
        {
            batches = _pending;
            _pending = null;
            _dispatchQueued = false;
        }

        if (batches is null)
        {
            return;
        }

        // Made on first use: most executions never dispatch. Two dispatches racing here may make two; either serves.
        var scope = _batchScope ??= new LoadScope(this, isResolver: false);
        foreach (var batch in batches)
        {
            Run(batch, scope);
        }
    }

    private static void Run(Func<ValueTask> dispatch, LoadScope? scope)
    {
        // Loads made by a batch function belong to the execution but to no resolver.
        var previous = LoadScope.Current;
        LoadScope.Current = scope;
        try
        {
            var running = dispatch();
            if (!running.IsCompleted)
            {
                _ = ObserveAsync(running);
            }
            else
            {
                running.GetAwaiter().GetResult();
            }
        }
        catch (Exception)
        {
            // A dispatch delegate reports failures through its keys; one that throws must not stop the others.
        }
        finally
        {
            LoadScope.Current = previous;
        }
    }

    private static async Task ObserveAsync(ValueTask running)
    {
        try
        {
            await running.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // As in Run.
        }
    }
}
