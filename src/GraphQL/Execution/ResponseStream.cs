namespace KtPortal.GraphQL.Execution;

/// <summary>
/// The results of a subscription: one <see cref="OperationResult"/> per source event, each executed on its
/// own. Disposing the stream (or cancelling the enumeration) unsubscribes and releases every resource.
/// </summary>
public sealed class ResponseStream : IExecutionResult
{
    /// <summary>Reads the results until the source stream ends or <paramref name="cancellationToken"/> fires.</summary>
    public IAsyncEnumerable<OperationResult> ReadResultsAsync(CancellationToken cancellationToken = default)
        => throw new NotImplementedException();

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => throw new NotImplementedException();
}
