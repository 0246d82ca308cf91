namespace KtPortal.GraphQL.Subscriptions;

/// <summary>
/// Presents a topic subscription as a source event stream, the shape a <c>SubscribeResolverDelegate</c> returns.
/// Disposing the enumerator unsubscribes, also when no event was ever read; so does disposing the stream itself
/// when it is never enumerated.
/// </summary>
internal sealed class SourceEventStream<TMessage>(ISourceStream<TMessage> stream) : IAsyncEnumerable<object?>, IAsyncDisposable
{
    private int _disposed;

    public IAsyncEnumerator<object?> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        => new Enumerator(this, stream.ReadEventsAsync(cancellationToken).GetAsyncEnumerator(cancellationToken));

    public ValueTask DisposeAsync()
        => Interlocked.Exchange(ref _disposed, 1) == 0 ? stream.DisposeAsync() : ValueTask.CompletedTask;

    // An async iterator that was never moved skips its finally block when disposed, so the release is explicit.
    private sealed class Enumerator(SourceEventStream<TMessage> owner, IAsyncEnumerator<TMessage> events) : IAsyncEnumerator<object?>
    {
        public object? Current => events.Current;

        public ValueTask<bool> MoveNextAsync() => events.MoveNextAsync();

        public async ValueTask DisposeAsync()
        {
            try
            {
                await events.DisposeAsync().ConfigureAwait(false);
            }
            finally
            {
                await owner.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
