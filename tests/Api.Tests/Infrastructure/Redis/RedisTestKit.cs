using KtPortal.Api.Infrastructure.Redis;
using KtPortal.GraphQL.Subscriptions;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace KtPortal.Api.Tests.Infrastructure.Redis;

/// <summary>Connections, buses and readers for the Redis tests.</summary>
internal static class RedisTestKit
{
    /// <summary>A safety net so a broken implementation fails instead of hanging the run; no test measures time.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    public static Task<RedisConnection> ConnectAsync(string? endpoint = null)
        => RedisConnection.ConnectAsync(endpoint ?? TestRedis.Endpoint, NullLogger.Instance);

    public static RedisPubSub Bus(IRedisConnection connection, string prefix, int capacity = 1024)
        => new(connection, NullLogger<RedisPubSub>.Instance, new RedisPubSubOptions { ChannelPrefix = prefix, SubscriberCapacity = capacity });

    /// <summary>How many clients the server has subscribed to <paramref name="channel"/> (PUBSUB NUMSUB).</summary>
    public static async Task<long> SubscriberCountAsync(string endpoint, string channel)
    {
        await using var raw = await ConnectionMultiplexer.ConnectAsync(endpoint);
        var reply = (RedisResult[])(await raw.GetDatabase().ExecuteAsync("PUBSUB", "NUMSUB", channel))!;
        return (long)reply[1];
    }

    /// <summary>Reads <paramref name="count"/> messages, failing at the deadline.</summary>
    public static async Task<List<T>> ReadAsync<T>(IAsyncEnumerator<T> events, int count)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        var items = new List<T>();
        while (items.Count < count)
        {
            Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(deadline.Token), $"The stream ended after {items.Count} of {count} messages.");
            items.Add(events.Current);
        }

        return items;
    }

    public static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    /// <summary>Polls <paramref name="condition"/> until it holds, failing at the deadline.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        while (!await condition())
        {
            await Task.Delay(20, deadline.Token);
        }
    }

    public static IAsyncEnumerator<T> Read<T>(ISourceStream<T> stream) => stream.ReadEventsAsync().GetAsyncEnumerator();
}
