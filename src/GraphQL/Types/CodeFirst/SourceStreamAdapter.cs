using KtPortal.GraphQL.Subscriptions;

namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>
/// Presents a topic subscription as the executor's source stream. Disposing the enumerator disposes the
/// subscription, also when no event was ever read.
/// </summary>
internal sealed class SourceStreamAdapter<TMessage>(ISourceStream<TMessage> stream) : IAsyncEnumerable<object?>
{
    public IAsyncEnumerator<object?> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        => new Enumerator(stream, stream.ReadEventsAsync(cancellationToken).GetAsyncEnumerator(cancellationToken));

    private sealed class Enumerator(ISourceStream<TMessage> stream, IAsyncEnumerator<TMessage> events) : IAsyncEnumerator<object?>
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
                await stream.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
