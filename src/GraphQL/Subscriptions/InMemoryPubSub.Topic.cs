namespace KtPortal.GraphQL.Subscriptions;

public sealed partial class InMemoryPubSub
{
    /// <summary>
    /// One topic's subscribers. Publishing holds the topic's lock, so concurrent publishers are serialised and
    /// every subscriber sees the same order; writes never wait, as full buffers drop their oldest message.
    /// </summary>
    private sealed class Topic(InMemoryPubSub bus, string name)
    {
        private readonly Lock _lock = new();
        private Subscriber[] _subscribers = [];
        private bool _closed;

        public string Name => name;

        public int SubscriberCount => Volatile.Read(ref _subscribers).Length;

        public bool TryAdd(Subscriber subscriber)
        {
            lock (_lock)
            {
                if (_closed)
                {
                    return false;
                }

                _subscribers = [.. _subscribers, subscriber];
                return true;
            }
        }

        public void Publish<TMessage>(TMessage message)
        {
            lock (_lock)
            {
                // Checked before any delivery, so a mistyped message reaches nobody.
                foreach (var subscriber in _subscribers)
                {
                    if (!subscriber.Accepts(message))
                    {
                        throw new InvalidOperationException(
                            $"The topic \"{name}\" has a subscriber that expects messages of type {subscriber.MessageType}, "
                            + $"but a message of type {message?.GetType() ?? typeof(TMessage)} was sent.");
                    }
                }

                foreach (var subscriber in _subscribers)
                {
                    subscriber.Write(message);
                }
            }
        }

        public void Remove(Subscriber subscriber)
        {
            lock (_lock)
            {
                var index = Array.IndexOf(_subscribers, subscriber);
                if (index < 0)
                {
                    return;
                }

                _subscribers = [.. _subscribers.AsSpan(0, index), .. _subscribers.AsSpan(index + 1)];
                if (_subscribers.Length == 0)
                {
                    _closed = true;
                    bus.Remove(this);
                }
            }
        }

        public void Complete()
        {
            Subscriber[] subscribers;
            lock (_lock)
            {
                _closed = true;
                subscribers = _subscribers;
                _subscribers = [];
            }

            foreach (var subscriber in subscribers)
            {
                subscriber.Complete();
            }
        }

        public void CountDropped() => bus.CountDropped();
    }
}
