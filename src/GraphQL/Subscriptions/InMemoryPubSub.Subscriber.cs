using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace KtPortal.GraphQL.Subscriptions;

public sealed partial class InMemoryPubSub
{
    /// <summary>What a topic needs of a subscriber, whatever its message type.</summary>
    private abstract class Subscriber
    {
        public abstract Type MessageType { get; }

        public abstract bool Accepts<T>(T message);

        public abstract void Write<T>(T message);

        public abstract void Complete();
    }

    /// <summary>One subscription: a bounded channel the topic writes to and the subscription reads from.</summary>
    private sealed class Subscriber<TMessage> : Subscriber, ISourceStream<TMessage>
    {
        private readonly Topic _topic;
        private readonly Channel<TMessage> _channel;
        private long _dropped;
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
            _channel = Channel.CreateBounded<TMessage>(options, _ => OnDropped());
        }

        public override Type MessageType => typeof(TMessage);

        /// <summary>Messages this subscriber lost because its buffer was full.</summary>
        public long DroppedCount => Interlocked.Read(ref _dropped);

        public override bool Accepts<T>(T message)
            => message is null ? default(TMessage) is null : message is TMessage;

        public override void Write<T>(T message)
        {
            // Accepts ran first: a null message is allowed only when TMessage can hold it.
            var typed = message is TMessage value ? value : default!;
            _channel.Writer.TryWrite(typed);
        }

        public override void Complete() => _channel.Writer.TryComplete();

        public IAsyncEnumerable<TMessage> ReadEventsAsync(CancellationToken cancellationToken = default)
            => ReadAsync(cancellationToken);

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                _topic.Remove(this);
                _channel.Writer.TryComplete();
            }

            return ValueTask.CompletedTask;
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

        private void OnDropped()
        {
            Interlocked.Increment(ref _dropped);
            _topic.CountDropped();
        }
    }
}
