using KtPortal.GraphQL.Subscriptions;

namespace KtPortal.GraphQL.Tests.Subscriptions;

public sealed class InMemoryPubSubTests
{
    // A safety net so a broken implementation fails instead of hanging the run; no test measures time.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task SendAsync_DeliversInSendOrderToEverySubscriber()
    {
        var bus = new InMemoryPubSub();
        await using var first = await bus.SubscribeAsync<int>("t");
        await using var second = await bus.SubscribeAsync<int>("t");

        for (var i = 0; i < 5; i++)
        {
            await bus.SendAsync("t", i);
        }

        await bus.CompleteAsync("t");

        Assert.Equal([0, 1, 2, 3, 4], await ReadAll(first));
        Assert.Equal([0, 1, 2, 3, 4], await ReadAll(second));
    }

    [Fact]
    public async Task SubscribeAsync_ReceivesOnlyMessagesSentAfterwards()
    {
        var bus = new InMemoryPubSub();
        await using var early = await bus.SubscribeAsync<string>("t");
        await bus.SendAsync("t", "before");
        await using var late = await bus.SubscribeAsync<string>("t");
        await bus.SendAsync("t", "after");
        await bus.CompleteAsync("t");

        Assert.Equal(["before", "after"], await ReadAll(early));
        Assert.Equal(["after"], await ReadAll(late));
    }

    [Fact]
    public async Task SendAsync_WithoutSubscribers_DoesNothing()
    {
        var bus = new InMemoryPubSub();

        await bus.SendAsync("nobody", 1);

        Assert.Equal(0, bus.TopicCount);
        Assert.Equal(0, bus.GetSubscriberCount("nobody"));
    }

    [Fact]
    public async Task CompleteAsync_EndsEveryStreamOfTheTopicOnly()
    {
        var bus = new InMemoryPubSub();
        await using var a = await bus.SubscribeAsync<int>("done");
        await using var b = await bus.SubscribeAsync<int>("done");
        await using var other = await bus.SubscribeAsync<int>("other");
        var readingA = ReadAll(a);
        var readingB = ReadAll(b);

        await bus.CompleteAsync("done");

        Assert.Empty(await readingA);
        Assert.Empty(await readingB);
        Assert.Equal(0, bus.GetSubscriberCount("done"));
        Assert.Equal(1, bus.GetSubscriberCount("other"));
    }

    [Fact]
    public async Task CompleteAsync_ThenSubscribe_StartsAFreshTopic()
    {
        var bus = new InMemoryPubSub();
        await using (await bus.SubscribeAsync<int>("t"))
        {
            await bus.CompleteAsync("t");
        }

        await using var fresh = await bus.SubscribeAsync<int>("t");
        await bus.SendAsync("t", 7);
        await bus.CompleteAsync("t");

        Assert.Equal([7], await ReadAll(fresh));
    }

    [Fact]
    public async Task DisposeAsync_RemovesTheSubscriberAndTheEmptyTopic()
    {
        var bus = new InMemoryPubSub();
        var first = await bus.SubscribeAsync<int>("t");
        var second = await bus.SubscribeAsync<int>("t");
        Assert.Equal(2, bus.GetSubscriberCount("t"));

        await first.DisposeAsync();
        Assert.Equal(1, bus.GetSubscriberCount("t"));
        Assert.Equal(1, bus.TopicCount);

        await second.DisposeAsync();
        await second.DisposeAsync();
        Assert.Equal(0, bus.GetSubscriberCount("t"));
        Assert.Equal(0, bus.TopicCount);
    }

    [Fact]
    public async Task DisposeAsync_EndsTheSubscribersOwnStream()
    {
        var bus = new InMemoryPubSub();
        var stream = await bus.SubscribeAsync<int>("t");
        var reading = ReadAll(stream);

        await stream.DisposeAsync();

        Assert.Empty(await reading);
    }

    [Fact]
    public async Task ReadEventsAsync_Cancelled_Throws()
    {
        var bus = new InMemoryPubSub();
        await using var stream = await bus.SubscribeAsync<int>("t");
        using var cancellation = new CancellationTokenSource();
        var reading = ReadAll(stream, cancellation.Token);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
    }

    [Fact]
    public async Task FullBuffer_DropsTheOldestMessagesAndCountsThem()
    {
        var bus = new InMemoryPubSub(new InMemoryPubSubOptions { SubscriberCapacity = 3 });
        await using var slow = await bus.SubscribeAsync<int>("t");
        await using var other = await bus.SubscribeAsync<int>("t");

        for (var i = 1; i <= 5; i++)
        {
            await bus.SendAsync("t", i);
        }

        await bus.CompleteAsync("t");

        Assert.Equal([3, 4, 5], await ReadAll(slow));
        Assert.Equal([3, 4, 5], await ReadAll(other));
        Assert.Equal(4, bus.DroppedMessageCount);
    }

    [Fact]
    public async Task SendAsync_MessageOfAnotherType_ThrowsNamingBothTypesAndDeliversNothing()
    {
        var bus = new InMemoryPubSub();
        await using var strings = await bus.SubscribeAsync<string>("t");
        await using var objects = await bus.SubscribeAsync<object>("t");

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(async () => await bus.SendAsync("t", 42));
        await bus.SendAsync("t", "fine");
        await bus.CompleteAsync("t");

        Assert.Contains("System.String", exception.Message, StringComparison.Ordinal);
        Assert.Contains("System.Int32", exception.Message, StringComparison.Ordinal);
        Assert.Equal(["fine"], await ReadAll(strings));
        Assert.Equal(["fine"], await ReadAll(objects));
    }

    [Fact]
    public async Task SendAsync_NullMessage_ReachesSubscribersThatAllowNull()
    {
        var bus = new InMemoryPubSub();
        await using var nullable = await bus.SubscribeAsync<int?>("t");
        await using var references = await bus.SubscribeAsync<string?>("t");

        await bus.SendAsync<string?>("t", null);
        await bus.CompleteAsync("t");

        Assert.Equal([null], await ReadAll(nullable));
        Assert.Equal([null], await ReadAll(references));
    }

    [Fact]
    public async Task SendAsync_NullMessage_ToANonNullableSubscriber_Throws()
    {
        var bus = new InMemoryPubSub();
        await using var numbers = await bus.SubscribeAsync<int>("t");

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await bus.SendAsync<string?>("t", null));
    }

    [Fact]
    public async Task EightConcurrentPublishersAndSubscribers_LoseNothingUnderCapacity()
    {
        const int Publishers = 8;
        const int Subscribers = 8;
        const int PerPublisher = 120;
        var bus = new InMemoryPubSub();
        var streams = new List<ISourceStream<(int Publisher, int Sequence)>>();
        for (var i = 0; i < Subscribers; i++)
        {
            streams.Add(await bus.SubscribeAsync<(int, int)>("t"));
        }

        using var deadline = new CancellationTokenSource(Deadline);
        var readers = streams.Select(s => Task.Run(() => ReadAll(s, deadline.Token))).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var publishers = Enumerable.Range(0, Publishers).Select(p => Task.Run(async () =>
        {
            await start.Task.WaitAsync(deadline.Token);
            for (var n = 0; n < PerPublisher; n++)
            {
                await bus.SendAsync("t", (p, n));
            }
        })).ToList();

        start.SetResult();
        await Task.WhenAll(publishers);
        await bus.CompleteAsync("t");
        var received = await Task.WhenAll(readers);

        foreach (var messages in received)
        {
            Assert.Equal(Publishers * PerPublisher, messages.Count);
            foreach (var group in messages.GroupBy(m => m.Publisher))
            {
                Assert.Equal(Enumerable.Range(0, PerPublisher), group.Select(m => m.Sequence));
            }

            // Publishing is serialised per topic, so every subscriber sees the very same interleaving.
            Assert.Equal(received[0], messages);
        }

        Assert.Equal(0, bus.DroppedMessageCount);
        foreach (var stream in streams)
        {
            await stream.DisposeAsync();
        }
    }

    [Fact]
    public async Task ConcurrentSubscribeSendAndDispose_LeaveNoSubscribersOrTopicsBehind()
    {
        var bus = new InMemoryPubSub();
        using var deadline = new CancellationTokenSource(Deadline);
        var workers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 200; i++)
            {
                var topic = "t" + (i % 3);
                var stream = await bus.SubscribeAsync<int>(topic, deadline.Token);
                await bus.SendAsync(topic, i, deadline.Token);
                if (i % 50 == 0)
                {
                    await bus.CompleteAsync(topic);
                }

                await stream.DisposeAsync();
            }
        })).ToList();

        await Task.WhenAll(workers);

        Assert.Equal(0, bus.TopicCount);
        Assert.All(["t0", "t1", "t2"], t => Assert.Equal(0, bus.GetSubscriberCount(t)));
    }

    [Fact]
    public void Constructor_CapacityBelowOne_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryPubSub(new InMemoryPubSubOptions { SubscriberCapacity = 0 }));

    private static async Task<List<T>> ReadAll<T>(ISourceStream<T> stream, CancellationToken cancellationToken = default)
    {
        var items = new List<T>();
        await foreach (var item in stream.ReadEventsAsync(cancellationToken))
        {
            items.Add(item);
        }

        return items;
    }
}
