using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using KtPortal.Api.Infrastructure.Redis;
using KtPortal.Api.Seed;
using KtPortal.Api.Support;
using KtPortal.Api.Tests.Support;
using KtPortal.Domain.Persistence.Migrations;
using KtPortal.GraphQL.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.Api.Tests.Infrastructure.Redis;

/// <summary>Two API hosts sharing one PostgreSQL and one Redis, as two nodes behind a load balancer.</summary>
public sealed class TwoApiNodesTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private readonly string _prefix = TestRedis.UniqueName("nodes") + ":";

    [Fact]
    public async Task AWebSocketSubscriberOnNodeA_ReceivesAnEventSentThroughNodeB()
    {
        await using var nodeA = Node();
        await using var nodeB = Node();
        var busA = Assert.IsType<RedisPubSub>(nodeA.Services.GetRequiredService<ITopicEventReceiver>());
        var senderB = nodeB.Services.GetRequiredService<ITopicEventSender>();
        Assert.IsType<RedisPubSub>(senderB);

        using var socket = await ConnectAsync(nodeA);
        await SendAsync(socket, """{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"subscription { redisTestEvent }"}}""");
        // Node A has subscribed the topic's channel in Redis once the server counts a subscriber.
        await RedisTestKit.WaitUntilAsync(
            async () => await RedisTestKit.SubscriberCountAsync(TestRedis.Endpoint, busA.ChannelOf(RedisTestSubscriptions.Topic)) == 1);

        await senderB.SendAsync(RedisTestSubscriptions.Topic, "ticket KT-1042 created on B");

        var next = await ReceiveAsync(socket);
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("1", next.GetProperty("id").GetString());
        Assert.Equal(
            """{"data":{"redisTestEvent":"ticket KT-1042 created on B"}}""",
            next.GetProperty("payload").GetRawText());
    }

    [Fact]
    public async Task ATicketCreatedOnNodeB_ReachesATicketCreatedSubscriberOnNodeA_AndNotAnotherTenants()
    {
        await new DatabaseMigrator(database.DataSource).MigrateAsync();
        await new DemoSeed(database.DataSource).ApplyAsync();
        await using var nodeA = Node("Development");
        await using var nodeB = Node("Development");
        var busA = Assert.IsType<RedisPubSub>(nodeA.Services.GetRequiredService<ITopicEventReceiver>());
        using var acme = await GraphQLSocket.ConnectAsync(nodeA, await DeskFixture.IssueTokenAsync(nodeA, "member@acme.test"));
        using var globex = await GraphQLSocket.ConnectAsync(nodeA, await DeskFixture.IssueTokenAsync(nodeA, "owner@globex.test"));
        await acme.SubscribeAsync("subscription { ticketCreated { number title requester { email } } }");
        await globex.SubscribeAsync("subscription { ticketCreated { title } }");
        await RedisTestKit.WaitUntilAsync(
            async () => busA.GetSubscriberCount(TicketTopics.Created) == 2
                && await RedisTestKit.SubscriberCountAsync(TestRedis.Endpoint, busA.ChannelOf(TicketTopics.Created)) == 1);

        // Filed on node B, by a token node B issued: node A's subscriber hears of it through Redis.
        var created = await DeskFixture.PostAsync(nodeB, await DeskFixture.IssueTokenAsync(nodeB, "owner@acme.test"), DeskFixture.CreateTicketMutation,
            new { title = "Created on B", priority = "HIGH" });
        await DeskFixture.PostAsync(nodeB, await DeskFixture.IssueTokenAsync(nodeB, "owner@acme.test"), DeskFixture.CreateTicketMutation,
            new { title = "Second on B", priority = "HIGH" });

        var number = created.GetProperty("data").GetProperty("createTicket").GetProperty("ticket").GetProperty("number").GetString();
        var ticket = (await acme.NextDataAsync()).GetProperty("ticketCreated");
        Assert.Equal(number, ticket.GetProperty("number").GetString());
        Assert.Equal("Created on B", ticket.GetProperty("title").GetString());
        Assert.Equal("owner@acme.test", ticket.GetProperty("requester").GetProperty("email").GetString());
        Assert.Equal("Second on B", (await acme.NextDataAsync()).GetProperty("ticketCreated").GetProperty("title").GetString());

        // Globex's subscriber got neither: ending the topic on node A ends its stream with nothing before it.
        await busA.CompleteAsync(TicketTopics.Created);
        Assert.Equal("complete", (await globex.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task WithoutRedis_TheApiKeepsTheInMemoryBus()
    {
        await using var node = new PortalFactory(database.ConnectionString);

        Assert.IsType<InMemoryPubSub>(node.Services.GetRequiredService<ITopicEventSender>());
        Assert.IsType<InMemoryPubSub>(node.Services.GetRequiredService<ITopicEventReceiver>());
        Assert.Null(node.Services.GetService<IRedisConnection>());
    }

    [Fact]
    public async Task Healthz_WithRedis_ReportsIt()
    {
        await using var node = Node();
        using var client = node.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"Healthy","checks":{"database":"Healthy","redis":"Healthy"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_RedisGoesDown_Returns503_ThenHealthyAgainOnceItIsBack()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var node = new PortalFactory(database.ConnectionString) { Redis = server.Endpoint, RedisPrefix = _prefix };
        using var client = node.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await GetHealthAsync(client)).Status);

        await server.StopAsync();
        var down = await GetHealthAsync(client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.Status);
        Assert.Equal("""{"status":"Unhealthy","checks":{"database":"Healthy","redis":"Unhealthy"}}""", down.Body);

        await server.StartAgainAsync();
        var connection = node.Services.GetRequiredService<IRedisConnection>();
        await RedisTestKit.WaitUntilAsync(() => connection.IsConnected);
        Assert.Equal(HttpStatusCode.OK, (await GetHealthAsync(client)).Status);
    }

    private PortalFactory Node(string environment = "Testing") => new(database.ConnectionString, environment: environment)
    {
        Redis = TestRedis.Endpoint,
        RedisPrefix = _prefix,
        TestServices = services => services.AddGraphQLServer().AddTypeExtension<RedisTestSubscriptions>(),
    };

    private static async Task<(HttpStatusCode Status, string Body)> GetHealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<WebSocket> ConnectAsync(PortalFactory node)
    {
        var client = node.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        return await client.ConnectAsync(new Uri(node.Server.BaseAddress, "graphql"), Deadline());
    }

    private static Task SendAsync(WebSocket socket, string message)
        => socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, endOfMessage: true, Deadline());

    private static async Task<JsonElement> ReceiveAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, Deadline());
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
            }
        }
    }

    private static CancellationToken Deadline() => new CancellationTokenSource(RedisTestKit.Deadline).Token;
}
