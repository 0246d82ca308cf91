namespace KtPortal.Api.Infrastructure.Redis;

/// <summary>
/// The few Redis operations the API needs: pub/sub between API nodes and expiring counters. Everything else in
/// the API talks to Redis through this interface only, so the client library behind it can change.
/// </summary>
public interface IRedisConnection : IAsyncDisposable
{
    /// <summary>The server, as <c>host:port</c>, for messages and logs (never the password).</summary>
    string Endpoint { get; }

    /// <summary>Whether the connection is up now. It reconnects by itself after an outage.</summary>
    bool IsConnected { get; }

    /// <summary>Sends <c>PING</c> and returns the round-trip time.</summary>
    /// <exception cref="RedisUnavailableException">The server did not answer.</exception>
    Task<TimeSpan> PingAsync(CancellationToken cancellationToken = default);

    /// <summary>Publishes <paramref name="message"/> on <paramref name="channel"/> (a literal channel name, never a pattern).</summary>
    /// <exception cref="RedisUnavailableException">The connection is down: the message was not sent.</exception>
    Task PublishAsync(string channel, ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Subscribes to <paramref name="channel"/>. Messages published after this returns are read, in order, from
    /// the subscription; after a reconnection the channel is subscribed again. Disposing it unsubscribes.
    /// </summary>
    /// <exception cref="RedisUnavailableException">The connection is down.</exception>
    Task<IRedisSubscription> SubscribeAsync(string channel, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds <paramref name="amount"/> to the counter at <paramref name="key"/>, atomically, creating it with a
    /// lifetime of <paramref name="window"/> when it does not exist (a fixed window, as rate limits use). A negative
    /// amount gives back, but never below zero: the counter stops at zero.
    /// </summary>
    /// <exception cref="RedisUnavailableException">The connection is down.</exception>
    Task<RedisCounter> IncrementAsync(string key, long amount, TimeSpan window, CancellationToken cancellationToken = default);
}
