using KtPortal.Api.Infrastructure.Redis;
using Microsoft.Extensions.Logging.Abstractions;

namespace KtPortal.Api.Tests.Infrastructure.Redis;

public sealed class RedisConnectionTests
{
    [Fact]
    public async Task A_new_connection_subscribes_at_once()
    {
        // The subscription connection comes up beside the interactive one; a SUBSCRIBE sent as soon as ConnectAsync
        // returns must not find it still connecting (commands fail fast rather than wait in a backlog).
        var connections = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            var connection = await RedisTestKit.ConnectAsync();
            await using var subscription = await connection.SubscribeAsync(TestRedis.UniqueName("first-" + i));
            return connection;
        }));
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task PublishAsync_ReachesASubscriberOfAnotherConnection_InOrder()
    {
        await using var subscriberConnection = await RedisTestKit.ConnectAsync();
        await using var publisherConnection = await RedisTestKit.ConnectAsync();
        var channel = TestRedis.UniqueName("raw");
        await using var subscription = await subscriberConnection.SubscribeAsync(channel);
        await using var messages = subscription.ReadMessagesAsync().GetAsyncEnumerator();

        for (var i = 0; i < 100; i++)
        {
            await publisherConnection.PublishAsync(channel, BitConverter.GetBytes(i));
        }

        var received = await RedisTestKit.ReadAsync(messages, 100);
        Assert.Equal(Enumerable.Range(0, 100), received.Select(m => BitConverter.ToInt32(m.Span)));
    }

    [Fact]
    public async Task PublishAsync_OneMebibyteMessage_ArrivesWhole()
    {
        await using var connection = await RedisTestKit.ConnectAsync();
        var channel = TestRedis.UniqueName("big");
        await using var subscription = await connection.SubscribeAsync(channel);
        await using var messages = subscription.ReadMessagesAsync().GetAsyncEnumerator();
        var big = new byte[1024 * 1024];
        new Random(7).NextBytes(big);

        await connection.PublishAsync(channel, big);

        var received = Assert.Single(await RedisTestKit.ReadAsync(messages, 1));
        Assert.True(received.Span.SequenceEqual(big));
    }

    [Fact]
    public async Task DisposingTheSubscription_UnsubscribesAndEndsItsMessages()
    {
        await using var connection = await RedisTestKit.ConnectAsync();
        var channel = TestRedis.UniqueName("gone");
        var subscription = await connection.SubscribeAsync(channel);
        await using var messages = subscription.ReadMessagesAsync().GetAsyncEnumerator();
        Assert.Equal(1, await RedisTestKit.SubscriberCountAsync(TestRedis.Endpoint, channel));

        await subscription.DisposeAsync();

        Assert.Equal(0, await RedisTestKit.SubscriberCountAsync(TestRedis.Endpoint, channel));
        Assert.False(await messages.MoveNextAsync().AsTask().WaitAsync(RedisTestKit.Deadline));
    }

    [Fact]
    public async Task IncrementAsync_AddsAtomicallyAndKeepsTheFirstWindow()
    {
        await using var connection = await RedisTestKit.ConnectAsync();
        var key = TestRedis.UniqueName("counter");

        var first = await connection.IncrementAsync(key, 5, TimeSpan.FromHours(1));
        var counts = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => connection.IncrementAsync(key, 1, TimeSpan.FromSeconds(1))));

        Assert.Equal(5, first.Value);
        Assert.InRange(first.ExpiresIn, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));
        Assert.Equal(Enumerable.Range(6, 20).Select(i => (long)i), counts.Select(c => c.Value).Order());
        // The later calls asked for a one-second window; the counter keeps the hour it was created with.
        Assert.All(counts, c => Assert.True(c.ExpiresIn > TimeSpan.FromMinutes(59)));
    }

    [Fact]
    public async Task IncrementAsync_NegativeAmount_StopsAtZeroAndKeepsTheWindow()
    {
        await using var connection = await RedisTestKit.ConnectAsync();
        var key = TestRedis.UniqueName("counter");

        var created = await connection.IncrementAsync(key, -3, TimeSpan.FromHours(1));
        var charged = await connection.IncrementAsync(key, 2, TimeSpan.FromSeconds(1));
        var givenBack = await connection.IncrementAsync(key, -5, TimeSpan.FromSeconds(1));
        var after = await connection.IncrementAsync(key, 1, TimeSpan.FromSeconds(1));

        Assert.Equal([0, 2, 0, 1], new[] { created.Value, charged.Value, givenBack.Value, after.Value });
        Assert.True(after.ExpiresIn > TimeSpan.FromMinutes(59));
    }

    [Fact]
    public async Task PingAsync_AnswersWhileConnected()
    {
        await using var connection = await RedisTestKit.ConnectAsync();

        await connection.PingAsync();

        Assert.True(connection.IsConnected);
        Assert.Equal(TestRedis.Endpoint, connection.Endpoint);
    }

    [Fact]
    public async Task ConnectAsync_NothingListening_ThrowsNamingTheServer()
    {
        // Port 1 on loopback: nothing listens there, so connections are refused at once.
        var exception = await Assert.ThrowsAsync<RedisUnavailableException>(
            () => RedisConnection.ConnectAsync("127.0.0.1:1,connectTimeout=2000", NullLogger.Instance));

        Assert.Equal("cannot reach Redis at 127.0.0.1:1: connection refused or timed out.", exception.Message);
    }

    [Fact]
    public async Task ConnectAsync_NoServerInTheSetting_ThrowsNamingTheSetting()
    {
        var exception = await Assert.ThrowsAsync<RedisUnavailableException>(
            () => RedisConnection.ConnectAsync("password=x", NullLogger.Instance));

        Assert.Contains("ConnectionStrings__Redis", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_WhileTheServerIsDown_FailAtOnceAsUnavailable_AndWorkAgainAfterItReturns()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var connection = await RedisTestKit.ConnectAsync(server.Endpoint);

        await server.StopAsync();
        await RedisTestKit.WaitUntilAsync(() => !connection.IsConnected);
        await Assert.ThrowsAsync<RedisUnavailableException>(() => connection.PublishAsync("c", new byte[] { 1 }));
        await Assert.ThrowsAsync<RedisUnavailableException>(() => connection.PingAsync());

        await server.StartAgainAsync();
        await RedisTestKit.WaitUntilAsync(() => connection.IsConnected);
        await connection.PingAsync();
    }
}
