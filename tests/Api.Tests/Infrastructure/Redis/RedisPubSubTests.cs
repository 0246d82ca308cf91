using System.Text;
using KtPortal.Api.Infrastructure.Redis;

namespace KtPortal.Api.Tests.Infrastructure.Redis;

/// <summary>Two buses on two connections stand for two API nodes sharing one Redis.</summary>
public sealed class RedisPubSubTests : IAsyncLifetime
{
    private readonly string _prefix = TestRedis.UniqueName("test") + ":";
    private RedisConnection _connectionA = null!;
    private RedisConnection _connectionB = null!;
    private RedisPubSub _nodeA = null!;
    private RedisPubSub _nodeB = null!;

    public async Task InitializeAsync()
    {
        _connectionA = await RedisTestKit.ConnectAsync();
        _connectionB = await RedisTestKit.ConnectAsync();
        _nodeA = RedisTestKit.Bus(_connectionA, _prefix);
        _nodeB = RedisTestKit.Bus(_connectionB, _prefix);
    }

    public async Task DisposeAsync()
    {
        await _nodeA.DisposeAsync();
        await _nodeB.DisposeAsync();
        await _connectionA.DisposeAsync();
        await _connectionB.DisposeAsync();
    }

    [Fact]
    public async Task AThousandEventsPublishedOnB_ReachASubscriberOnA_InOrder_NoneLostNoneDuplicated()
    {
        await using var stream = await _nodeA.SubscribeAsync<int>("counting");
        await using var events = RedisTestKit.Read(stream);

        for (var i = 0; i < 1000; i++)
        {
            await _nodeB.SendAsync("counting", i);
        }

        await _nodeB.SendAsync("counting", -1);

        // The end marker comes right after the thousand: nothing more, nothing less, nothing twice.
        Assert.Equal([.. Enumerable.Range(0, 1000), -1], await RedisTestKit.ReadAsync(events, 1001));
        Assert.Equal(0, _nodeA.DroppedMessageCount);
        Assert.Equal(0, _nodeA.SkippedMessageCount);
    }

    [Fact]
    public async Task ALocalSubscriber_ReceivesItsOwnNodesEventExactlyOnce()
    {
        await using var stream = await _nodeA.SubscribeAsync<string>("own");
        await using var events = RedisTestKit.Read(stream);

        await _nodeA.SendAsync("own", "from A");
        // Redis relays A's echo to A before it handles B's publish, so an echo delivered again would come first.
        await _nodeB.SendAsync("own", "from B");

        Assert.Equal(["from A", "from B"], await RedisTestKit.ReadAsync(events, 2));
        await _nodeB.SendAsync("own", "end");
        Assert.Equal(["end"], await RedisTestKit.ReadAsync(events, 1));
    }

    [Fact]
    public async Task Records_RoundTripBetweenNodes()
    {
        await using var stream = await _nodeA.SubscribeAsync<TicketEvent>("tickets");
        await using var events = RedisTestKit.Read(stream);
        var sent = new TicketEvent("KT-1042", TicketPriority.Urgent, new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero), ["vpn", "mail"]);

        await _nodeB.SendAsync("tickets", sent);

        var received = Assert.Single(await RedisTestKit.ReadAsync(events, 1));
        Assert.Equal(sent.Number, received.Number);
        Assert.Equal(sent.Priority, received.Priority);
        Assert.Equal(sent.CreatedAt, received.CreatedAt);
        Assert.Equal(sent.Tags, received.Tags);
    }

    [Fact]
    public async Task MalformedAndHugeMessagesOnTheChannel_AreSkipped_AndTheSubscriptionGoesOn()
    {
        await using var stream = await _nodeA.SubscribeAsync<int>("noisy");
        await using var events = RedisTestKit.Read(stream);
        var channel = _nodeA.ChannelOf("noisy");
        await using var intruder = await RedisTestKit.ConnectAsync();

        await intruder.PublishAsync(channel, Encoding.UTF8.GetBytes("not json at all {"));
        await intruder.PublishAsync(channel, Encoding.UTF8.GetBytes("[1, 2, 3]"));
        await intruder.PublishAsync(channel, Encoding.UTF8.GetBytes("""{"message": 5}"""));
        await intruder.PublishAsync(channel, Encoding.UTF8.GetBytes("""{"origin": "x", "message": "five"}"""));
        await intruder.PublishAsync(channel, Encoding.UTF8.GetBytes("""{"origin": "x", "message": null}"""));
        await intruder.PublishAsync(channel, new byte[2 * 1024 * 1024]);
        await _nodeB.SendAsync("noisy", 42);

        Assert.Equal([42], await RedisTestKit.ReadAsync(events, 1));
        Assert.Equal(6, _nodeA.SkippedMessageCount);
    }

    [Fact]
    public async Task DisposingTheLastLocalSubscriber_ReleasesTheRedisSubscription()
    {
        var channel = _nodeA.ChannelOf("leaving");
        var first = await _nodeA.SubscribeAsync<int>("leaving");
        var second = await _nodeA.SubscribeAsync<int>("leaving");
        Assert.Equal(1, await RedisTestKit.SubscriberCountAsync(TestRedis.Endpoint, channel));

        await first.DisposeAsync();
        Assert.Equal(1, await RedisTestKit.SubscriberCountAsync(TestRedis.Endpoint, channel));
        Assert.Equal(1, _nodeA.GetSubscriberCount("leaving"));

        await second.DisposeAsync();
        Assert.Equal(0, await RedisTestKit.SubscriberCountAsync(TestRedis.Endpoint, channel));
        Assert.Equal(0, _nodeA.TopicCount);

        // The topic comes back with a new subscriber.
        await using var again = await _nodeA.SubscribeAsync<int>("leaving");
        await using var events = RedisTestKit.Read(again);
        await _nodeB.SendAsync("leaving", 3);
        Assert.Equal([3], await RedisTestKit.ReadAsync(events, 1));
    }

    [Fact]
    public async Task CompleteAsync_OnB_EndsTheStreamsOnA_AndReleasesTheirChannel()
    {
        var stream = await _nodeA.SubscribeAsync<int>("finishing");
        await using var events = RedisTestKit.Read(stream);

        await _nodeB.SendAsync("finishing", 1);
        await _nodeB.CompleteAsync("finishing");

        Assert.Equal([1], await RedisTestKit.ReadAsync(events, 1));
        Assert.False(await events.MoveNextAsync().AsTask().WaitAsync(RedisTestKit.Deadline));
        Assert.Equal(0, await RedisTestKit.SubscriberCountAsync(TestRedis.Endpoint, _nodeA.ChannelOf("finishing")));
        await stream.DisposeAsync();
    }

    [Fact]
    public async Task ConcurrentSubscribeSendAndDispose_LeaveNoTopicOrRedisSubscriptionBehind_AndTopicsStillWork()
    {
        string[] topics = ["c0", "c1", "c2"];
        using var deadline = new CancellationTokenSource(RedisTestKit.Deadline);
        var workers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 60; i++)
            {
                var topic = topics[i % 3];
                var stream = await _nodeA.SubscribeAsync<int>(topic, deadline.Token);
                await _nodeA.SendAsync(topic, i, deadline.Token);
                if (i % 20 == 0)
                {
                    await _nodeA.CompleteAsync(topic);
                }

                await stream.DisposeAsync();
            }
        })).ToList();

        await Task.WhenAll(workers);

        Assert.Equal(0, _nodeA.TopicCount);
        foreach (var topic in topics)
        {
            Assert.Equal(0, await RedisTestKit.SubscriberCountAsync(TestRedis.Endpoint, _nodeA.ChannelOf(topic)));
            await using var stream = await _nodeA.SubscribeAsync<int>(topic);
            await using var events = RedisTestKit.Read(stream);
            await _nodeB.SendAsync(topic, 99);
            Assert.Equal([99], await RedisTestKit.ReadAsync(events, 1));
        }
    }

    [Fact]
    public async Task SlowSubscriber_LosesItsOldestMessages_AsInMemory()
    {
        await using var connection = await RedisTestKit.ConnectAsync();
        await using var small = RedisTestKit.Bus(connection, _prefix, capacity: 3);
        await using var stream = await small.SubscribeAsync<int>("slow");

        for (var i = 1; i <= 5; i++)
        {
            await small.SendAsync("slow", i);
        }

        await small.CompleteAsync("slow");

        var received = new List<int>();
        await foreach (var message in stream.ReadEventsAsync())
        {
            received.Add(message);
        }

        Assert.Equal([3, 4, 5], received);
        Assert.Equal(2, small.DroppedMessageCount);
    }

    [Fact]
    public async Task SendAsync_MessageOfAnotherTypeThanALocalSubscriber_Throws_AsInMemory()
    {
        await using var stream = await _nodeA.SubscribeAsync<string>("typed");

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(async () => await _nodeA.SendAsync("typed", 42));

        Assert.Contains("System.String", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMessageOfAnotherTypeFromAnotherNode_IsSkippedForSubscribersThatCannotReadIt()
    {
        await using var numbers = await _nodeA.SubscribeAsync<int>("mixed");
        await using var texts = await _nodeA.SubscribeAsync<string>("mixed");
        await using var numberEvents = RedisTestKit.Read(numbers);
        await using var textEvents = RedisTestKit.Read(texts);

        await _nodeB.SendAsync("mixed", "words");
        await _nodeB.SendAsync("mixed", "7");

        Assert.Equal(["words", "7"], await RedisTestKit.ReadAsync(textEvents, 2));
        await _nodeB.SendAsync("mixed", 8);
        // "words" and "7" are JSON strings: an int subscriber cannot read them; 8 it can (and a string one cannot).
        Assert.Equal([8], await RedisTestKit.ReadAsync(numberEvents, 1));
        // The string subscriber may skip 8 just after the number subscriber has read it.
        await RedisTestKit.WaitUntilAsync(() => _nodeA.SkippedMessageCount >= 3);
        Assert.Equal(3, _nodeA.SkippedMessageCount);
    }

    [Fact]
    public async Task Prefixes_KeepEnvironmentsApart()
    {
        await using var connection = await RedisTestKit.ConnectAsync();
        await using var staging = RedisTestKit.Bus(connection, TestRedis.UniqueName("staging") + ":");
        await using var stream = await _nodeA.SubscribeAsync<int>("shared-name");
        await using var events = RedisTestKit.Read(stream);

        await staging.SendAsync("shared-name", 1);
        await _nodeB.SendAsync("shared-name", 2);

        Assert.Equal([2], await RedisTestKit.ReadAsync(events, 1));
    }

    [Fact]
    public async Task SendAsync_MessageOverTheSizeLimit_IsRefusedBeforeAnyDelivery()
    {
        await using var stream = await _nodeA.SubscribeAsync<string>("big");

        await Assert.ThrowsAsync<ArgumentException>(async () => await _nodeA.SendAsync("big", new string('x', 2 * 1024 * 1024)));

        Assert.Equal(0, _nodeA.UnsentMessageCount);
        await _nodeA.CompleteAsync("big");
        Assert.Empty(await ReadAllAsync(stream));
    }

    private static async Task<List<T>> ReadAllAsync<T>(KtPortal.GraphQL.Subscriptions.ISourceStream<T> stream)
    {
        var items = new List<T>();
        await foreach (var item in stream.ReadEventsAsync())
        {
            items.Add(item);
        }

        return items;
    }

    public enum TicketPriority
    {
        Low,
        Urgent,
    }

    public sealed record TicketEvent(string Number, TicketPriority Priority, DateTimeOffset CreatedAt, IReadOnlyList<string> Tags);
}
