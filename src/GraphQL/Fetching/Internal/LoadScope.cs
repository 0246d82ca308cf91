namespace KtPortal.GraphQL.Fetching.Internal;

/// <summary>
/// Who a DataLoader load belongs to: one resolver invocation of an execution, or the execution itself (loads made
/// by a batch function). It flows with the resolver's async work, so a load made after any number of awaits is
/// still attributed to its resolver.
/// </summary>
internal sealed class LoadScope
{
    private static readonly AsyncLocal<LoadScope?> CurrentScope = new();

    private readonly Lock _lock = new();
    private readonly bool _isResolver;
    private int _pendingLoads;
    private bool _exited;

    public LoadScope(ExecutionBatchScheduler execution, bool isResolver)
    {
        Execution = execution;
        _isResolver = isResolver;
    }

    /// <summary>The scope of the code running now, or <see langword="null"/> outside any execution.</summary>
    public static LoadScope? Current
    {
        get => CurrentScope.Value;
        set => CurrentScope.Value = value;
    }

    public ExecutionBatchScheduler Execution { get; }

    /// <summary>A load of this scope is waiting for its batch.</summary>
    public void LoadStarted()
    {
        lock (_lock)
        {
            if (!_isResolver || _exited || _pendingLoads++ > 0)
            {
                return;
            }

            Execution.ResolverWaiting();
        }
    }

    /// <summary>A load of this scope got its value (called before the value is handed to the awaiting code).</summary>
    public void LoadCompleted()
    {
        lock (_lock)
        {
            if (!_isResolver || _exited || --_pendingLoads > 0)
            {
                return;
            }

            Execution.ResolverResumed();
        }
    }

    /// <summary>The resolver's task completed and its children have been started.</summary>
    public void Exit()
    {
        bool wasWaiting;
        lock (_lock)
        {
            if (_exited)
            {
                return;
            }

            _exited = true;
            wasWaiting = _pendingLoads > 0;
        }

        Execution.ResolverExited(wasWaiting);
    }
}
