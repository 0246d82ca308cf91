using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Subscriptions;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.Subscriptions;

// Subscriptions fed by the in-memory bus, run through the executor.
public sealed class PubSubExecutionTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task EachPublishedMessage_IsExecutedAsOneResult()
    {
        var bus = new InMemoryPubSub();
        var executor = new RequestExecutor(CreateSchema(bus));
        await using var result = await executor.ExecuteAsync(new OperationRequest { Query = "subscription { ticketChanged(id: \"7\") { id status } }" });
        var stream = Assert.IsType<ResponseStream>(result);

        await bus.SendAsync("ticket:7", new TicketChanged("7", "OPEN"));
        await bus.SendAsync("ticket:7", new TicketChanged("7", "CLOSED"));
        await bus.SendAsync("ticket:8", new TicketChanged("8", "OPEN"));
        await bus.CompleteAsync("ticket:7");

        using var deadline = new CancellationTokenSource(Deadline);
        var results = new List<string>();
        await foreach (var item in stream.ReadResultsAsync(deadline.Token))
        {
            results.Add(item.ToJson());
        }

        Assert.Equal(
            [
                """{"data":{"ticketChanged":{"id":"7","status":"OPEN"}}}""",
                """{"data":{"ticketChanged":{"id":"7","status":"CLOSED"}}}""",
            ],
            results);
        Assert.Equal(0, bus.GetSubscriberCount("ticket:7"));
    }

    [Fact]
    public async Task DisposingTheResponseStream_Unsubscribes()
    {
        var bus = new InMemoryPubSub();
        var executor = new RequestExecutor(CreateSchema(bus));
        var result = await executor.ExecuteAsync(new OperationRequest { Query = "subscription { ticketChanged(id: \"1\") { id } }" });
        var stream = Assert.IsType<ResponseStream>(result);
        Assert.Equal(1, bus.GetSubscriberCount("ticket:1"));

        using var deadline = new CancellationTokenSource(Deadline);
        await using (var results = stream.ReadResultsAsync(deadline.Token).GetAsyncEnumerator(deadline.Token))
        {
            await bus.SendAsync("ticket:1", new TicketChanged("1", "OPEN"));
            Assert.True(await results.MoveNextAsync());
            await stream.DisposeAsync();

            // The pending read ends, either quietly or as cancelled; what matters here is the unsubscription.
            await EndsOrIsCancelled(results);
        }

        Assert.Equal(0, bus.GetSubscriberCount("ticket:1"));
        Assert.Equal(0, bus.TopicCount);
    }

    [Fact]
    public async Task SubscribeEventStreamAsync_DisposedWithoutReading_Unsubscribes()
    {
        var bus = new InMemoryPubSub();

        var source = await bus.SubscribeEventStreamAsync<TicketChanged>("t");
        Assert.Equal(1, bus.GetSubscriberCount("t"));
        await Assert.IsAssignableFrom<IAsyncDisposable>(source).DisposeAsync();

        Assert.Equal(0, bus.GetSubscriberCount("t"));
    }

    [Fact]
    public async Task SubscribeEventStreamAsync_EnumeratorDisposedWithoutReading_Unsubscribes()
    {
        var bus = new InMemoryPubSub();

        var source = await bus.SubscribeEventStreamAsync<TicketChanged>("t");
        await source.GetAsyncEnumerator().DisposeAsync();

        Assert.Equal(0, bus.GetSubscriberCount("t"));
        Assert.Equal(0, bus.TopicCount);
    }

    [Fact]
    public async Task DisposingTheResponseStream_WithoutReadingIt_Unsubscribes()
    {
        var bus = new InMemoryPubSub();
        var executor = new RequestExecutor(CreateSchema(bus));
        var result = await executor.ExecuteAsync(new OperationRequest { Query = "subscription { ticketChanged(id: \"1\") { id } }" });
        Assert.Equal(1, bus.GetSubscriberCount("ticket:1"));

        await Assert.IsType<ResponseStream>(result).DisposeAsync();

        Assert.Equal(0, bus.GetSubscriberCount("ticket:1"));
        Assert.Equal(0, bus.TopicCount);
    }

    [Fact]
    public async Task ReadingAResponseStreamAlreadyDisposed_EndsAndLeavesNoSubscriber()
    {
        var bus = new InMemoryPubSub();
        var executor = new RequestExecutor(CreateSchema(bus));
        var stream = Assert.IsType<ResponseStream>(await executor.ExecuteAsync(new OperationRequest { Query = "subscription { ticketChanged(id: \"1\") { id } }" }));

        await stream.DisposeAsync();

        await using var results = stream.ReadResultsAsync().GetAsyncEnumerator();
        Assert.False(await results.MoveNextAsync());
        Assert.Equal(0, bus.GetSubscriberCount("ticket:1"));
    }

    private static async Task EndsOrIsCancelled(IAsyncEnumerator<OperationResult> results)
    {
        try
        {
            Assert.False(await results.MoveNextAsync());
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static Schema CreateSchema(InMemoryPubSub bus)
        => SchemaBuilder.New()
            .AddDocumentFromString("""
                type Query { ping: String }
                type Subscription { ticketChanged(id: ID!): TicketChanged }
                type TicketChanged { id: ID! status: String! }
                """)
            .AddSubscribeResolver("Subscription", "ticketChanged", context
                => bus.SubscribeEventStreamAsync<TicketChanged>("ticket:" + context.ArgumentValue<string>("id"), context.RequestAborted))
            .AddResolver("Subscription", "ticketChanged", context => new ValueTask<object?>(context.Parent()))
            .Create();

    private sealed record TicketChanged(string Id, string Status);
}
