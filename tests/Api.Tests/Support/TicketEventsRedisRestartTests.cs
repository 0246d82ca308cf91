using System.Text.Json;
using KtPortal.Api.Infrastructure.Redis;
using KtPortal.Api.Seed;
using KtPortal.Api.Support;
using KtPortal.Api.Tests.Infrastructure.Redis;
using KtPortal.Domain.Persistence.Migrations;
using KtPortal.GraphQL.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.Api.Tests.Support;

/// <summary>Two API nodes on a redis-server of the test's own, restarted while a ticket subscription is open.</summary>
public sealed class TicketEventsRedisRestartTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task AfterARedisRestartMidStream_TicketEventsFromTheOtherNodeAreDeliveredAgain()
    {
        await new DatabaseMigrator(database.DataSource).MigrateAsync();
        await new DemoSeed(database.DataSource).ApplyAsync();
        await using var server = await RedisServerProcess.StartAsync();
        var prefix = TestRedis.UniqueName("desk-restart") + ":";
        await using var nodeA = new PortalFactory(database.ConnectionString, environment: "Development") { Redis = server.Endpoint, RedisPrefix = prefix };
        await using var nodeB = new PortalFactory(database.ConnectionString, environment: "Development") { Redis = server.Endpoint, RedisPrefix = prefix };
        var busA = Assert.IsType<RedisPubSub>(nodeA.Services.GetRequiredService<ITopicEventReceiver>());
        var tokenB = await DeskFixture.IssueTokenAsync(nodeB, "owner@acme.test");
        using var socket = await GraphQLSocket.ConnectAsync(nodeA, await DeskFixture.IssueTokenAsync(nodeA, "member@acme.test"));
        await socket.SubscribeAsync("subscription { ticketCreated { title } }");
        await RedisTestKit.WaitUntilAsync(async () => await RedisTestKit.SubscriberCountAsync(server.Endpoint, busA.ChannelOf(TicketTopics.Created)) == 1);

        await CreateAsync(nodeB, tokenB, "Before the restart");
        Assert.Equal("Before the restart", await NextTitleAsync(socket));

        await server.StopAsync();
        var connectionA = nodeA.Services.GetRequiredService<IRedisConnection>();
        var connectionB = nodeB.Services.GetRequiredService<IRedisConnection>();
        await RedisTestKit.WaitUntilAsync(() => !connectionA.IsConnected && !connectionB.IsConnected);
        await server.StartAgainAsync();
        await RedisTestKit.WaitUntilAsync(() => connectionA.IsConnected && connectionB.IsConnected);

        // Node A resubscribes on its own after reconnecting; tickets filed before it has are lost to it (at most once),
        // so file probes until one arrives, then one more that must arrive after it.
        var probe = await ProbeUntilDeliveredAsync(nodeB, tokenB, socket);
        Assert.StartsWith("Probe ", probe, StringComparison.Ordinal);
        await CreateAsync(nodeB, tokenB, "After the restart");
        string title;
        do
        {
            title = await NextTitleAsync(socket);
        }
        while (title.StartsWith("Probe ", StringComparison.Ordinal));

        Assert.Equal("After the restart", title);
    }

    private static async Task CreateAsync(PortalFactory node, string token, string title)
    {
        var result = await DeskFixture.PostAsync(node, token, DeskFixture.CreateTicketMutation, new { title, priority = "LOW" });
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("createTicket").GetProperty("errors").ValueKind);
    }

    private static async Task<string> NextTitleAsync(GraphQLSocket socket)
        => (await socket.NextDataAsync()).GetProperty("ticketCreated").GetProperty("title").GetString()!;

    // Files a ticket every 200 ms until one reaches node A's subscriber: by then the resubscription is done.
    private static async Task<string> ProbeUntilDeliveredAsync(PortalFactory node, string token, GraphQLSocket socket)
    {
        using var deadline = new CancellationTokenSource(RedisTestKit.Deadline);
        var next = NextTitleAsync(socket);
        for (var i = 0; ; i++)
        {
            await CreateAsync(node, token, $"Probe {i}");
            if (await Task.WhenAny(next, Task.Delay(200, deadline.Token)) == next)
            {
                return await next;
            }
        }
    }
}
