namespace KtPortal.GraphQL.Fetching.Internal;

/// <summary>
/// The pending value of one key: its task, the batch that will fetch it, and the resolvers waiting for it, which
/// are told before the value is handed out so that the execution never counts a running resolver as blocked.
/// </summary>
internal sealed class LoadPromise<TValue>
{
    // Waiters resume on the thread pool, not inline on the thread that completes the batch. Inline resumption saves
    // a thread-pool work item per waiting parent (54 per benchmark request fell to 3-5 with it), but it lets a waiter's whole
    // continuation, including further loads, run inside another batch's completion; under load the test of a batch
    // function that loads through other loaders failed once with it, so it stays off until that is understood.
    private readonly TaskCompletionSource<TValue> _source = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _lock = new();
    private List<LoadScope>? _waiters;
    private ManyLoad<TValue>? _observer;
    private List<ManyLoad<TValue>>? _moreObservers;
    private bool _settled;

    public LoadPromise(object? batch) => Batch = batch;

    public LoadPromise(TValue value)
    {
        _settled = true;
        _source.SetResult(value);
    }

    public Task<TValue> Task => _source.Task;

    /// <summary>The batch that fetches the key, until it has run.</summary>
    public object? Batch { get; private set; }

    /// <summary>Counts <paramref name="scope"/> as waiting for this key; false when the value is already known.</summary>
    public bool TryAddWaiter(LoadScope scope)
    {
        lock (_lock)
        {
            if (_settled)
            {
                return false;
            }

            (_waiters ??= []).Add(scope);

            // Under the lock, so that Settle cannot report the load completed before it was reported started.
            scope.LoadStarted();
            return true;
        }
    }

    /// <summary>Marks the value known; the caller then releases the returned waiters and completes the task.</summary>
    public List<LoadScope>? Settle()
    {
        lock (_lock)
        {
            _settled = true;
            Batch = null;
            var waiters = _waiters;
            _waiters = null;
            return waiters;
        }
    }

    /// <summary>
    /// Tells <paramref name="load"/> when the task completes, on the completing thread; false when it has completed
    /// already, and <paramref name="load"/> will not be told.
    /// </summary>
    public bool TryObserve(ManyLoad<TValue> load)
    {
        lock (_lock)
        {
            if (_source.Task.IsCompleted)
            {
                return false;
            }

            if (_observer is null)
            {
                _observer = load;
            }
            else
            {
                (_moreObservers ??= []).Add(load);
            }

            return true;
        }
    }

    /// <summary>Completes the task; the loads watching the key are told by <see cref="NotifyObservers"/>.</summary>
    public void Complete(TValue value) => _source.TrySetResult(value);

    /// <summary>Fails the task; the loads watching the key are told by <see cref="NotifyObservers"/>.</summary>
    public void Fail(Exception exception)
    {
        if (exception is OperationCanceledException canceled)
        {
            _source.TrySetCanceled(canceled.CancellationToken);
        }
        else
        {
            _source.TrySetException(exception);
        }
    }

    /// <summary>
    /// Tells the loads of many keys watching this key that it is known, after <see cref="Complete"/> or
    /// <see cref="Fail"/>: a load whose last key this is resumes its caller here. An observer that comes after the
    /// task completed finds it completed and is not added.
    /// </summary>
    public void NotifyObservers()
    {
        ManyLoad<TValue>? observer;
        List<ManyLoad<TValue>>? more;
        lock (_lock)
        {
            observer = _observer;
            more = _moreObservers;
            _observer = null;
            _moreObservers = null;
        }

        observer?.KeyCompleted();
        if (more is not null)
        {
            foreach (var load in more)
            {
                load.KeyCompleted();
            }
        }
    }
}
