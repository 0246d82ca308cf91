namespace KtPortal.GraphQL.Subscriptions;

/// <summary>Subscribes to topics that <see cref="ITopicEventSender"/> publishes to.</summary>
public interface ITopicEventReceiver
{
    /// <summary>
    /// Subscribes to <paramref name="topic"/>. Messages sent after this call returns are delivered in order;
    /// disposing the stream unsubscribes.
    /// </summary>
    ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default);
}
