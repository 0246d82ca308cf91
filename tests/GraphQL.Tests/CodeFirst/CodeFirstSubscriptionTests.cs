using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Subscriptions;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.Tests.CodeFirst;

public sealed class CodeFirstSubscriptionTests
{
    [Fact]
    public void Subscription_fields_print_with_their_arguments_and_event_types()
    {
        var schema = CreateSchema();

        Assert.Equal(
            """
            type Query {
              ping: String!
            }

            type Subscription {
              onTicket(id: Int!): Ticket!
              countdown(from: Int!): Int!
              watch(channel: String!): String!
              onAnnouncement: String!
            }

            type Ticket {
              id: Int!
              title: String!
            }
            """,
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public async Task A_topic_subscription_delivers_messages_and_disposing_unsubscribes()
    {
        var pubSub = new InMemoryPubSub();
        var executor = new RequestExecutor(CreateSchema(), services: Services(pubSub));

        var stream = Assert.IsType<ResponseStream>(await executor.ExecuteAsync(new OperationRequest
        {
            Query = "subscription { onTicket(id: 1) { id title } }",
        }));
        var results = stream.ReadResultsAsync().GetAsyncEnumerator();
        var next = results.MoveNextAsync();
        Assert.Equal(1, pubSub.GetSubscriberCount("ticket/1"));

        await pubSub.SendAsync("ticket/2", new Ticket(2, "other"));
        await pubSub.SendAsync("ticket/1", new Ticket(1, "Printer on fire"));
        Assert.True(await next);
        Assert.Equal("""{"data":{"onTicket":{"id":1,"title":"Printer on fire"}}}""", results.Current.ToJson());

        await results.DisposeAsync();
        await stream.DisposeAsync();
        Assert.Equal(0, pubSub.GetSubscriberCount("ticket/1"));
    }

    [Fact]
    public async Task Disposing_a_topic_subscription_that_was_never_read_unsubscribes()
    {
        var pubSub = new InMemoryPubSub();
        var executor = new RequestExecutor(CreateSchema(), services: Services(pubSub));
        var stream = Assert.IsType<ResponseStream>(await executor.ExecuteAsync(new OperationRequest
        {
            Query = "subscription { onTicket(id: 1) { id } }",
        }));
        Assert.Equal(1, pubSub.GetSubscriberCount("ticket/1"));

        await stream.DisposeAsync();

        Assert.Equal(0, pubSub.GetSubscriberCount("ticket/1"));
    }

    [Fact]
    public async Task The_default_topic_is_the_field_name()
    {
        var pubSub = new InMemoryPubSub();
        var executor = new RequestExecutor(CreateSchema(), services: Services(pubSub));

        await using var stream = Assert.IsType<ResponseStream>(await executor.ExecuteAsync(new OperationRequest
        {
            Query = "subscription { onAnnouncement }",
        }));
        var results = stream.ReadResultsAsync().GetAsyncEnumerator();
        var next = results.MoveNextAsync();
        await pubSub.SendAsync("onAnnouncement", "maintenance at noon");

        Assert.True(await next);
        Assert.Equal("""{"data":{"onAnnouncement":"maintenance at noon"}}""", results.Current.ToJson());
        await results.DisposeAsync();
    }

    [Fact]
    public async Task A_method_returning_an_async_stream_is_its_own_source()
    {
        var executor = new RequestExecutor(CreateSchema(), services: Services(new InMemoryPubSub()));

        await using var stream = Assert.IsType<ResponseStream>(await executor.ExecuteAsync(new OperationRequest
        {
            Query = "subscription { countdown(from: 3) }",
        }));
        var values = new List<string>();
        await foreach (var result in stream.ReadResultsAsync())
        {
            values.Add(result.ToJson());
        }

        Assert.Equal(
            ["""{"data":{"countdown":3}}""", """{"data":{"countdown":2}}""", """{"data":{"countdown":1}}"""],
            values);
    }

    [Fact]
    public async Task Subscribe_With_uses_the_named_method_as_the_stream()
    {
        var pubSub = new InMemoryPubSub();
        var executor = new RequestExecutor(CreateSchema(), services: Services(pubSub));

        var stream = Assert.IsType<ResponseStream>(await executor.ExecuteAsync(new OperationRequest
        {
            Query = """subscription { watch(channel: "news") }""",
        }));
        var results = stream.ReadResultsAsync().GetAsyncEnumerator();
        var next = results.MoveNextAsync();
        await pubSub.SendAsync("watch/news", "hello");

        Assert.True(await next);
        Assert.Equal("""{"data":{"watch":"HELLO"}}""", results.Current.ToJson());
        await results.DisposeAsync();
        await stream.DisposeAsync();
        Assert.Equal(0, pubSub.GetSubscriberCount("watch/news"));
    }

    private static Schema CreateSchema()
        => SchemaBuilder.New().AddQueryType<PingQuery>().AddSubscriptionType<TicketSubscriptions>().Create();

    private static ServiceProvider Services(InMemoryPubSub pubSub)
        => new ServiceCollection()
            .AddSingleton<ITopicEventReceiver>(pubSub)
            .AddSingleton<ITopicEventSender>(pubSub)
            .BuildServiceProvider();

    public sealed record Ticket(int Id, string Title);

    public sealed class PingQuery
    {
        public string Ping => "pong";
    }

    public sealed class TicketSubscriptions
    {
        [Subscribe]
        [Topic("ticket/{id}")]
        public Ticket OnTicket(int id, [EventMessage] Ticket ticket) => ticket;

        [Subscribe]
        public async IAsyncEnumerable<int> Countdown(int from)
        {
            for (var i = from; i > 0; i--)
            {
                await Task.Yield();
                yield return i;
            }
        }

        [Subscribe(With = nameof(WatchStream))]
        public string Watch([EventMessage] string message) => message.ToUpperInvariant();

        public ValueTask<ISourceStream<string>> WatchStream(string channel, [Service] ITopicEventReceiver receiver, CancellationToken cancellationToken)
            => receiver.SubscribeAsync<string>("watch/" + channel, cancellationToken);

        [Subscribe]
        public string OnAnnouncement([EventMessage] string message) => message;
    }
}
