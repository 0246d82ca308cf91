namespace KtPortal.GraphQL.Subscriptions;

/// <summary>Turns topic subscriptions into the source streams that subscription fields resolve to.</summary>
public static class TopicEventReceiverExtensions
{
    /// <summary>
    /// Subscribes to <paramref name="topic"/> now, so no message sent from here on is missed, and returns its
    /// messages as a source event stream: the shape a <c>SubscribeResolverDelegate</c> returns. Ending or
    /// disposing the enumeration unsubscribes; so does disposing the returned stream (it is
    /// <see cref="IAsyncDisposable"/>) when it is never enumerated.
    /// </summary>
    public static async ValueTask<IAsyncEnumerable<object?>> SubscribeEventStreamAsync<TMessage>(
        this ITopicEventReceiver receiver,
        string topic,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        var stream = await receiver.SubscribeAsync<TMessage>(topic, cancellationToken).ConfigureAwait(false);
        return new SourceEventStream<TMessage>(stream);
    }
}
