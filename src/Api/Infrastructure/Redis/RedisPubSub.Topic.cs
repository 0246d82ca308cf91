using System.Text.Json;

namespace KtPortal.Api.Infrastructure.Redis;

public sealed partial class RedisPubSub
{
    /// <summary>
    /// One topic's local subscribers and its Redis channel subscription, which lives while the topic has
    /// subscribers. Delivering holds the topic's lock, so every local subscriber sees one order; writes never
    /// wait, as full buffers drop their oldest message.
    /// </summary>
    private sealed class Topic(RedisPubSub bus, string name)
    {
        private readonly Lock _lock = new();
        private Subscriber[] _subscribers = [];
        private Task<IRedisSubscription>? _redis;
        private bool _closed;

        public string Name => name;

        public int SubscriberCount => Volatile.Read(ref _subscribers).Length;

        /// <summary>Adds a subscriber; <paramref name="ready"/> completes once the Redis channel is subscribed.</summary>
        public bool TryAdd(Subscriber subscriber, out Task ready)
        {
            lock (_lock)
            {
                if (_closed)
                {
                    ready = Task.CompletedTask;
                    return false;
                }

                _subscribers = [.. _subscribers, subscriber];
                // Started outside the caller's stack: the lock is never held across the network call.
                _redis ??= Task.Run(OpenAsync);
                ready = _redis;
                return true;
            }
        }

        /// <summary>Delivers a message sent on this node (checked against every subscriber's type first).</summary>
        public void Publish<TMessage>(TMessage message)
        {
            lock (_lock)
            {
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

        /// <summary>Delivers a message from another node, read once per subscriber type.</summary>
        public void Deliver(JsonElement message)
        {
            lock (_lock)
            {
                Type? type = null;
                object? value = null;
                var readable = false;
                foreach (var subscriber in _subscribers)
                {
                    if (subscriber.MessageType != type)
                    {
                        type = subscriber.MessageType;
                        readable = bus.TryDeserialize(this, subscriber, message, out value);
                    }

                    if (readable)
                    {
                        subscriber.WriteDeserialized(value);
                    }
                }
            }
        }

        public async Task RemoveAsync(Subscriber subscriber)
        {
            lock (_lock)
            {
                var index = Array.IndexOf(_subscribers, subscriber);
                if (index < 0)
                {
                    return;
                }

                _subscribers = [.. _subscribers.AsSpan(0, index), .. _subscribers.AsSpan(index + 1)];
                if (_subscribers.Length > 0)
                {
                    return;
                }

                _closed = true;
            }

            bus.Remove(this);
            await CloseRedisAsync().ConfigureAwait(false);
        }

        /// <summary>
        /// Releases the channel, then ends every local subscriber's stream: a subscriber that sees its stream end can
        /// count on this node no longer holding the channel.
        /// </summary>
        public async Task CompleteAsync()
        {
            Subscriber[] subscribers;
            bool wasOpen;
            lock (_lock)
            {
                wasOpen = !_closed;
                _closed = true;
                subscribers = _subscribers;
                _subscribers = [];
            }

            try
            {
                if (wasOpen)
                {
                    await CloseRedisAsync().ConfigureAwait(false);
                }
            }
            finally
            {
                foreach (var subscriber in subscribers)
                {
                    subscriber.Complete();
                }
            }
        }

        public void CountDropped() => bus.CountDropped();

        private async Task<IRedisSubscription> OpenAsync()
        {
            var subscription = await bus._connection.SubscribeAsync(bus.ChannelOf(name)).ConfigureAwait(false);
            _ = Task.Run(() => PumpAsync(subscription));
            return subscription;
        }

        // Ends when the subscription is disposed. One message that cannot be delivered never ends it.
        private async Task PumpAsync(IRedisSubscription subscription)
        {
            await foreach (var payload in subscription.ReadMessagesAsync().ConfigureAwait(false))
            {
                try
                {
                    await bus.ReceiveAsync(this, payload).ConfigureAwait(false);
                }
                catch (Exception exception)
                {
                    // The loop serves every subscriber of the topic: a bug in one delivery is logged, not fatal.
                    bus.LogDeliveryFailed(name, exception);
                }
            }
        }

        private async Task CloseRedisAsync()
        {
            if (_redis is not { } opening)
            {
                return;
            }

            IRedisSubscription subscription;
            try
            {
                subscription = await opening.ConfigureAwait(false);
            }
            catch (Exception) when (opening.IsFaulted || opening.IsCanceled)
            {
                // The subscription never opened; the subscribers who waited for it were told.
                return;
            }

            await subscription.DisposeAsync().ConfigureAwait(false);
        }
    }
}
