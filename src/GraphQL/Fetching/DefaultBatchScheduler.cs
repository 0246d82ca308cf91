using KtPortal.GraphQL.Fetching.Internal;

namespace KtPortal.GraphQL.Fetching;

/// <summary>
/// The scheduler every DataLoader uses unless told otherwise. It holds no state: it hands a batch to the
/// GraphQL execution the load was made in (found through the resolver's async flow), which runs it when the
/// execution cannot add keys to it any more; a load made outside any execution runs on the next thread-pool turn.
/// </summary>
public sealed class DefaultBatchScheduler : IBatchScheduler
{
    /// <summary>The one instance; the scheduler is stateless.</summary>
    public static DefaultBatchScheduler Instance { get; } = new();

    /// <inheritdoc/>
    public void Schedule(Func<ValueTask> dispatch)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        if (LoadScope.Current is { } scope)
        {
            scope.Execution.Schedule(dispatch);
        }
        else
        {
            ExecutionBatchScheduler.DispatchSoon(dispatch);
        }
    }
}
