using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using KtPortal.GraphQL.Subscriptions;

namespace KtPortal.Api.Infrastructure.Redis;

public sealed partial class RedisPubSub
{
    /// <summary>What a topic needs of a subscriber, whatever its message type.</summary>
    private abstract class Subscriber
    {
        public abstract Type MessageType { get; }

        public abstract bool Accepts<T>(T message);

        public abstract void Write<T>(T message);

        /// <summary>Reads a message that arrived from Redis as this subscriber's type (throws when it cannot).</summary>
        public abstract object? Deserialize(JsonElement message, JsonSerializerOptions options);

        /// <summary>Writes a value <see cref="Deserialize"/> returned, for this or another subscriber of the same type.</summary>
        public abstract void WriteDeserialized(object? message);

        public abstract void Complete();
    }

    /// <summary>
    /// One subscription: a bounded buffer that drops its oldest message when full, exactly as
    /// <see cref="InMemoryPubSub"/>'s subscribers do, so a slow subscriber never slows the others.
    /// </summary>
    private sealed class Subscriber<TMessage> : Subscriber, ISourceStream<TMessage>
    {
        private readonly Topic _topic;
        private readonly Channel<TMessage> _channel;
        private int _disposed;

        public Subscriber(Topic topic, int capacity)
        {
            _topic = topic;
            var options = new BoundedChannelOptions(capacity)
            {
                FullMode = BoundedChannelFullMode.DropOldest,
                SingleReader = false,
                SingleWriter = false,
                AllowSynchronousContinuations = false,
            };
            _channel = Channel.CreateBounded<TMessage>(options, _ => topic.CountDropped());
        }

        public override Type MessageType => typeof(TMessage);

        public override bool Accepts<T>(T message)
            => message is null ? default(TMessage) is null : message is TMessage;

        public override void Write<T>(T message)
        {
            // Accepts ran first: a null message is allowed only when TMessage can hold it.
            var typed = message is TMessage value ? value : default!;
            _channel.Writer.TryWrite(typed);
        }

        public override object? Deserialize(JsonElement message, JsonSerializerOptions options)
            => message.Deserialize<TMessage>(options);

        public override void WriteDeserialized(object? message) => _channel.Writer.TryWrite((TMessage)message!);

        public override void Complete() => _channel.Writer.TryComplete();

        public IAsyncEnumerable<TMessage> ReadEventsAsync(CancellationToken cancellationToken = default)
            => ReadAsync(cancellationToken);

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                _channel.Writer.TryComplete();
                await _topic.RemoveAsync(this).ConfigureAwait(false);
            }
        }

        private async IAsyncEnumerable<TMessage> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var reader = _channel.Reader;
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (reader.TryRead(out var message))
                {
                    yield return message;
                }
            }
        }
    }
}
