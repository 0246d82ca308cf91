using System.Collections.Concurrent;

namespace KtPortal.GraphQL.Subscriptions;

/// <summary>
/// A topic-based event bus inside one process. Each subscriber has its own bounded buffer, so a slow subscriber
/// loses its oldest messages instead of slowing publishers or other subscribers. Messages reach every
/// subscriber of a topic in one order, the order they were sent. A topic exists while it has subscribers.
/// </summary>
public sealed partial class InMemoryPubSub : ITopicEventSender, ITopicEventReceiver
{
    private readonly ConcurrentDictionary<string, Topic> _topics = new(StringComparer.Ordinal);
    private readonly int _capacity;
    private long _droppedMessages;

    /// <summary>Creates the bus.</summary>
    public InMemoryPubSub(InMemoryPubSubOptions? options = null)
    {
        _capacity = options?.SubscriberCapacity ?? new InMemoryPubSubOptions().SubscriberCapacity;
        ArgumentOutOfRangeException.ThrowIfLessThan(_capacity, 1, nameof(options));
    }

    /// <summary>How many topics have at least one subscriber.</summary>
    public int TopicCount => _topics.Count;

    /// <summary>How many messages were dropped, over all subscribers, because a subscriber's buffer was full.</summary>
    public long DroppedMessageCount => Interlocked.Read(ref _droppedMessages);

    /// <summary>How many subscribers <paramref name="topic"/> has now.</summary>
    public int GetSubscriberCount(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return _topics.TryGetValue(topic, out var found) ? found.SubscriberCount : 0;
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">A subscriber of the topic expects another message type.</exception>
    public ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        cancellationToken.ThrowIfCancellationRequested();
        if (_topics.TryGetValue(topic, out var found))
        {
            found.Publish(message);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask CompleteAsync(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        if (_topics.TryRemove(topic, out var found))
        {
            found.Complete();
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        cancellationToken.ThrowIfCancellationRequested();
        while (true)
        {
            var found = _topics.GetOrAdd(topic, static (name, bus) => new Topic(bus, name), this);
            var subscriber = new Subscriber<TMessage>(found, _capacity);
            if (found.TryAdd(subscriber))
            {
                return ValueTask.FromResult<ISourceStream<TMessage>>(subscriber);
            }

            // The topic completed or lost its last subscriber in between; a fresh one replaces it.
            _topics.TryRemove(KeyValuePair.Create(topic, found));
        }
    }

    private void CountDropped() => Interlocked.Increment(ref _droppedMessages);

    private void Remove(Topic topic) => _topics.TryRemove(KeyValuePair.Create(topic.Name, topic));
}
