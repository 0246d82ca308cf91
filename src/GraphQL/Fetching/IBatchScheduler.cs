namespace KtPortal.GraphQL.Fetching;

/// <summary>
/// Decides when a DataLoader's batch runs. Inside a GraphQL execution the batch runs once no resolver of the
/// operation can add keys to it any more; outside one it runs on the next thread-pool turn.
/// </summary>
public interface IBatchScheduler
{
    /// <summary>
    /// Asks for <paramref name="dispatch"/> to run. A loader calls this once for each execution that adds keys to
    /// a batch, so the same delegate may be scheduled more than once; running it again after the first time does
    /// nothing.
    /// </summary>
    /// <param name="dispatch">Runs the batch; it reports failures through the loaded keys and never throws.</param>
    void Schedule(Func<ValueTask> dispatch);
}
