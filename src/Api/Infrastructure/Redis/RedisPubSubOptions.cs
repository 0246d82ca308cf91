namespace KtPortal.Api.Infrastructure.Redis;

/// <summary>Settings of <see cref="RedisPubSub"/>.</summary>
public sealed class RedisPubSubOptions
{
    /// <summary>
    /// Put before every topic to make its Redis channel name, so several environments can share one Redis.
    /// Default <c>ktportal:</c>; the API sets it from <c>Portal__RedisPrefix</c>.
    /// </summary>
    public string ChannelPrefix { get; set; } = "ktportal:";

    /// <summary>
    /// How many unread messages each subscriber may hold, as <c>InMemoryPubSubOptions.SubscriberCapacity</c>:
    /// a slow subscriber loses its oldest messages (counted). Default 1,024.
    /// </summary>
    public int SubscriberCapacity { get; set; } = 1024;

    /// <summary>
    /// The largest serialized message, in bytes. A larger message is refused when sent, and skipped (logged)
    /// when it arrives from Redis. Default 1 MiB.
    /// </summary>
    public int MaxMessageBytes { get; set; } = 1024 * 1024;
}
