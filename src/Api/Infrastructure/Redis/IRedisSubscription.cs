namespace KtPortal.Api.Infrastructure.Redis;

/// <summary>One channel subscription of an <see cref="IRedisConnection"/>. Disposing it unsubscribes.</summary>
public interface IRedisSubscription : IAsyncDisposable
{
    /// <summary>The channel name.</summary>
    string Channel { get; }

    /// <summary>The channel's messages in the order the server sent them, until the subscription is disposed.</summary>
    IAsyncEnumerable<ReadOnlyMemory<byte>> ReadMessagesAsync(CancellationToken cancellationToken = default);
}
