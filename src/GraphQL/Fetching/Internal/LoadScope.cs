namespace KtPortal.GraphQL.Fetching.Internal;

/// <summary>
/// Who a DataLoader load belongs to: one resolver invocation of an execution, or the execution itself (loads made
/// by a batch function). It flows with the resolver's async work, so a load made after any number of awaits is
/// still attributed to its resolver.
/// </summary>
/// <remarks>
/// One is made per resolver call, so it locks on itself rather than on a lock object of its own; it is never
/// handed out of the engine, so nothing else can lock on it.
/// </remarks>
internal sealed class LoadScope
{
    private static readonly AsyncLocal<LoadScope?> CurrentScope = new();

    // The execution whose resolver is being called on this thread, and the scope a load made during that
    // synchronous call created for it: resolvers not known to be asynchronous get a scope only when they load.
    [ThreadStatic]
    private static ExecutionBatchScheduler? t_invokingExecution;

    [ThreadStatic]
    private static LoadScope? t_createdScope;

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

    /// <summary>
    /// The scope a load belongs to: the flowing one, or else one made now for the resolver being called on this
    /// thread. The new scope is set as the flowing one, so the resolver's later awaits carry it; the executor
    /// restores its own context when the call returns.
    /// </summary>
    public static LoadScope? ForLoad()
    {
        if (CurrentScope.Value is { } current)
        {
            return current;
        }

        if (t_invokingExecution is not { } execution)
        {
            return null;
        }

        var created = t_createdScope ??= new LoadScope(execution, isResolver: true);
        CurrentScope.Value = created;
        return created;
    }

    /// <summary>Marks the start of a resolver call on this thread; returns what to give <see cref="EndInvoke"/>.</summary>
    public static (ExecutionBatchScheduler? Execution, LoadScope? Created) BeginInvoke(ExecutionBatchScheduler execution)
    {
        var previous = (t_invokingExecution, t_createdScope);
        t_invokingExecution = execution;
        t_createdScope = null;
        return previous;
    }

    /// <summary>Ends the resolver call; returns the scope a load created during it, if any.</summary>
    public static LoadScope? EndInvoke((ExecutionBatchScheduler? Execution, LoadScope? Created) previous)
    {
        var created = t_createdScope;
        (t_invokingExecution, t_createdScope) = previous;
        return created;
    }

    public ExecutionBatchScheduler Execution { get; }

    /// <summary>A load of this scope is waiting for its batch.</summary>
    public void LoadStarted()
    {
        lock (this)
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
        lock (this)
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
        lock (this)
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
