using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using KtPortal.GraphQL.Subscriptions;

namespace KtPortal.Api.Infrastructure.Redis;

/// <summary>
/// The subscription event bus across API nodes: a message sent on one node reaches the subscribers of its
/// topic on every node, through Redis PUBLISH and SUBSCRIBE. Local subscribers get a node's own messages
/// directly, once (the node skips its own messages when Redis echoes them back), also while Redis is down.
/// </summary>
/// <remarks>
/// <para>
/// Each topic is the Redis channel <see cref="RedisPubSubOptions.ChannelPrefix"/> + topic, subscribed while the
/// node has a subscriber of the topic. Messages are serialized with System.Text.Json (camelCase names, read
/// case-insensitively; numbers only from JSON numbers) by their runtime type and read back as each subscriber's message type, so a
/// message type must round-trip through System.Text.Json: records, classes with public properties or a
/// constructor the serializer can bind, primitives, strings, enums, dates, collections of those. Interfaces and
/// abstract types cannot be read back on another node.
/// </para>
/// <para>
/// Delivery is at most once: a message sent while this node's connection is down reaches only the local
/// subscribers (counted in <see cref="UnsentMessageCount"/>), and one sent while a receiving node is
/// reconnecting is lost to it. Messages from one publisher reach a subscriber in the order they were sent.
/// Each subscriber has a bounded buffer that drops its oldest message when full, as <see cref="InMemoryPubSub"/>.
/// </para>
/// </remarks>
public sealed partial class RedisPubSub : ITopicEventSender, ITopicEventReceiver, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Topic> _topics = new(StringComparer.Ordinal);
    private readonly IRedisConnection _connection;
    private readonly ILogger _logger;
    // Web names (camelCase, read case-insensitively), but numbers only as JSON numbers: a string never turns
    // into a number on the way to another node.
    private readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { NumberHandling = JsonNumberHandling.Strict };
    private readonly string _origin = Guid.NewGuid().ToString("N");
    private readonly string _prefix;
    private readonly int _capacity;
    private readonly int _maxMessageBytes;
    private long _droppedMessages;
    private long _skippedMessages;
    private long _unsentMessages;

    /// <summary>Creates the bus on <paramref name="connection"/>, which the caller keeps owning.</summary>
    public RedisPubSub(IRedisConnection connection, ILogger<RedisPubSub> logger, RedisPubSubOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(logger);
        options ??= new RedisPubSubOptions();
        ArgumentNullException.ThrowIfNull(options.ChannelPrefix, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.SubscriberCapacity, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxMessageBytes, 64, nameof(options));
        _connection = connection;
        _logger = logger;
        _prefix = options.ChannelPrefix;
        _capacity = options.SubscriberCapacity;
        _maxMessageBytes = options.MaxMessageBytes;
    }

    /// <summary>How many topics have at least one subscriber on this node.</summary>
    public int TopicCount => _topics.Count;

    /// <summary>How many messages were dropped, over all local subscribers, because a subscriber's buffer was full.</summary>
    public long DroppedMessageCount => Interlocked.Read(ref _droppedMessages);

    /// <summary>How many messages from Redis were skipped: malformed, too large, or not readable as the subscriber's type.</summary>
    public long SkippedMessageCount => Interlocked.Read(ref _skippedMessages);

    /// <summary>How many sent messages could not be published to Redis (they reached this node's subscribers only).</summary>
    public long UnsentMessageCount => Interlocked.Read(ref _unsentMessages);

    /// <summary>How many subscribers <paramref name="topic"/> has on this node now.</summary>
    public int GetSubscriberCount(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return _topics.TryGetValue(topic, out var found) ? found.SubscriberCount : 0;
    }

    /// <summary>The Redis channel that carries <paramref name="topic"/>.</summary>
    public string ChannelOf(string topic) => _prefix + topic;

    /// <inheritdoc/>
    /// <remarks>
    /// Local subscribers receive the message before this returns; other nodes once Redis relays it. When Redis
    /// is down the message is logged and counted as unsent, and this does not throw: the caller's work (a
    /// committed transaction, say) is done, and the event is at most once.
    /// </remarks>
    /// <exception cref="InvalidOperationException">A local subscriber of the topic expects another message type.</exception>
    /// <exception cref="ArgumentException">The serialized message is larger than <see cref="RedisPubSubOptions.MaxMessageBytes"/>.</exception>
    public async ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        cancellationToken.ThrowIfCancellationRequested();
        var payload = Envelope.Message(_origin, message, _json);
        if (payload.Length > _maxMessageBytes)
        {
            throw new ArgumentException(
                $"The message for topic \"{topic}\" serializes to {payload.Length} bytes, more than the limit of {_maxMessageBytes}.",
                nameof(message));
        }

        if (_topics.TryGetValue(topic, out var found))
        {
            found.Publish(message);
        }

        await PublishAsync(topic, payload, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask CompleteAsync(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        if (_topics.TryRemove(topic, out var found))
        {
            await found.CompleteAsync().ConfigureAwait(false);
        }

        await PublishAsync(topic, Envelope.Complete(_origin), CancellationToken.None).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>Returns once the Redis channel is subscribed, so messages sent from any node after that arrive.</remarks>
    /// <exception cref="RedisUnavailableException">Redis is down: the subscription cannot be made.</exception>
    public async ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        cancellationToken.ThrowIfCancellationRequested();
        while (true)
        {
            var found = _topics.GetOrAdd(topic, static (name, bus) => new Topic(bus, name), this);
            var subscriber = new Subscriber<TMessage>(found, _capacity);
            if (found.TryAdd(subscriber, out var ready))
            {
                try
                {
                    await ready.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    await subscriber.DisposeAsync().ConfigureAwait(false);
                    throw;
                }

                return subscriber;
            }

            // The topic completed or lost its last subscriber in between; a fresh one replaces it.
            _topics.TryRemove(KeyValuePair.Create(topic, found));
        }
    }

    /// <summary>Ends every local subscription and releases their channels. The connection stays open.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var name in _topics.Keys)
        {
            if (_topics.TryRemove(name, out var topic))
            {
                await topic.CompleteAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task PublishAsync(string topic, byte[] payload, CancellationToken cancellationToken)
    {
        try
        {
            await _connection.PublishAsync(ChannelOf(topic), payload, cancellationToken).ConfigureAwait(false);
        }
        catch (RedisUnavailableException exception)
        {
            Interlocked.Increment(ref _unsentMessages);
            LogUnsent(_logger, topic, exception.Message);
        }
    }

    private async Task ReceiveAsync(Topic topic, ReadOnlyMemory<byte> payload)
    {
        if (payload.Length > _maxMessageBytes)
        {
            Skip(topic, $"{payload.Length} bytes, more than the limit of {_maxMessageBytes}");
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(payload);
        }
        catch (JsonException exception)
        {
            Skip(topic, "not JSON: " + exception.Message);
            return;
        }

        using (document)
        {
            if (!Envelope.TryRead(document, out var origin, out var complete, out var message, out var problem))
            {
                Skip(topic, problem);
            }
            else if (origin == _origin)
            {
                // Delivered locally when it was sent.
            }
            else if (complete)
            {
                if (_topics.TryRemove(KeyValuePair.Create(topic.Name, topic)))
                {
                    await topic.CompleteAsync().ConfigureAwait(false);
                }
            }
            else
            {
                topic.Deliver(message);
            }
        }
    }

    private bool TryDeserialize(Topic topic, Subscriber subscriber, JsonElement message, out object? value)
    {
        try
        {
            value = subscriber.Deserialize(message, _json);
            if (value is null && subscriber.MessageType.IsValueType && Nullable.GetUnderlyingType(subscriber.MessageType) is null)
            {
                Skip(topic, $"null, which {subscriber.MessageType} cannot hold");
                return false;
            }

            return true;
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException)
        {
            value = null;
            Skip(topic, $"not readable as {subscriber.MessageType}: {exception.Message}");
            return false;
        }
    }

    private void Skip(Topic topic, string reason)
    {
        Interlocked.Increment(ref _skippedMessages);
        LogSkipped(_logger, topic.Name, reason);
    }

    private void CountDropped() => Interlocked.Increment(ref _droppedMessages);

    private void Remove(Topic topic) => _topics.TryRemove(KeyValuePair.Create(topic.Name, topic));

    [LoggerMessage(Level = LogLevel.Warning, Message = "A message on topic \"{Topic}\" could not be published to Redis and reached this node's subscribers only: {Reason}")]
    private static partial void LogUnsent(ILogger logger, string topic, string reason);

    private void LogDeliveryFailed(string topic, Exception exception) => LogDeliveryFailed(_logger, topic, exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A message from Redis on topic \"{Topic}\" could not be delivered; the subscription goes on.")]
    private static partial void LogDeliveryFailed(ILogger logger, string topic, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A message from Redis on topic \"{Topic}\" was skipped: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string topic, string reason);
}
