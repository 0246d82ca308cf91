using KtPortal.Api.Infrastructure.Redis;

namespace KtPortal.Api.Tests.Infrastructure.Redis;

/// <summary>A redis-server of the test's own, killed and started again on the same port mid-stream.</summary>
public sealed class RedisRestartTests : IAsyncLifetime
{
    private RedisServerProcess _server = null!;
    private RedisConnection _connectionA = null!;
    private RedisConnection _connectionB = null!;
    private RedisPubSub _nodeA = null!;
    private RedisPubSub _nodeB = null!;
    private int _probesSent;

    public async Task InitializeAsync()
    {
        _server = await RedisServerProcess.StartAsync();
        _connectionA = await RedisTestKit.ConnectAsync(_server.Endpoint);
        _connectionB = await RedisTestKit.ConnectAsync(_server.Endpoint);
        _nodeA = RedisTestKit.Bus(_connectionA, "restart:");
        _nodeB = RedisTestKit.Bus(_connectionB, "restart:");
    }

    public async Task DisposeAsync()
    {
        await _nodeA.DisposeAsync();
        await _nodeB.DisposeAsync();
        await _connectionA.DisposeAsync();
        await _connectionB.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task ServerRestartMidStream_TheStreamSurvives_AndEventsSentAfterTheReconnectionArriveInOrder()
    {
        await using var stream = await _nodeA.SubscribeAsync<int>("clock");
        await using var events = RedisTestKit.Read(stream);
        for (var i = 0; i < 50; i++)
        {
            await _nodeB.SendAsync("clock", i);
        }

        Assert.Equal(Enumerable.Range(0, 50), await RedisTestKit.ReadAsync(events, 50));

        await _server.StopAsync();
        await RedisTestKit.WaitUntilAsync(() => !_connectionA.IsConnected && !_connectionB.IsConnected);
        // Sent while Redis is down: not an error for the sender, but lost to other nodes (at most once).
        await _nodeB.SendAsync("clock", -1);
        Assert.Equal(1, _nodeB.UnsentMessageCount);

        await _server.StartAgainAsync();
        var firstProbe = await ProbeUntilDeliveredAsync(events);

        for (var i = 2000; i < 2100; i++)
        {
            await _nodeB.SendAsync("clock", i);
        }

        // Probes sent before the first one arrived may still be on their way; everything else arrives in order.
        var lateProbes = CountLateProbes(firstProbe);
        var rest = await RedisTestKit.ReadAsync(events, 100 + lateProbes);
        Assert.Equal(Enumerable.Range(firstProbe + 1, lateProbes), rest.Where(n => n is >= 1000 and < 2000));
        Assert.Equal(Enumerable.Range(2000, 100), rest.Where(n => n >= 2000));
        Assert.DoesNotContain(-1, rest);
        Assert.Equal(0, _nodeA.SkippedMessageCount);
    }

    [Fact]
    public async Task WhileRedisIsDown_SendAsyncStillReachesLocalSubscribers_AndDoesNotThrow()
    {
        await using var local = await _nodeB.SubscribeAsync<string>("local");
        await using var events = RedisTestKit.Read(local);

        await _server.StopAsync();
        await RedisTestKit.WaitUntilAsync(() => !_connectionB.IsConnected);
        await _nodeB.SendAsync("local", "while down");

        Assert.Equal(["while down"], await RedisTestKit.ReadAsync(events, 1));
        Assert.Equal(1, _nodeB.UnsentMessageCount);
        await Assert.ThrowsAsync<RedisUnavailableException>(async () => await _nodeB.SubscribeAsync<string>("new topic"));
    }

    // Sends a probe every 100 ms until one reaches A: the reconnection and resubscription are done by then.
    private async Task<int> ProbeUntilDeliveredAsync(IAsyncEnumerator<int> events)
    {
        using var deadline = new CancellationTokenSource(RedisTestKit.Deadline);
        var next = events.MoveNextAsync().AsTask();
        while (true)
        {
            await _nodeB.SendAsync("clock", 1000 + _probesSent++);
            if (await Task.WhenAny(next, Task.Delay(100, deadline.Token)) == next)
            {
                Assert.True(await next);
                Assert.InRange(events.Current, 1000, 1999);
                return events.Current;
            }
        }
    }

    // Every probe after the first delivered one was sent with both connections up, so each of them arrives.
    private int CountLateProbes(int firstProbe) => 1000 + _probesSent - 1 - firstProbe;
}
