namespace KtPortal.GraphQL.Subscriptions;

/// <summary>One subscriber's messages from one topic.</summary>
/// <typeparam name="TMessage">The message type.</typeparam>
public interface ISourceStream<TMessage> : IAsyncDisposable
{
    /// <summary>Reads messages until the topic completes, the stream is disposed, or the token fires.</summary>
    IAsyncEnumerable<TMessage> ReadEventsAsync(CancellationToken cancellationToken = default);
}
