using System.Text.Json;
using KtPortal.Api.Infrastructure.Redis;
using KtPortal.Api.Plans.GraphQL;
using KtPortal.Api.Seed;
using KtPortal.Api.Tests.Infrastructure.Redis;
using KtPortal.Api.Tests.Support;
using KtPortal.Domain.Persistence.Migrations;
using KtPortal.GraphQL.Subscriptions;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.Api.Tests.Plans;

/// <summary>Two API nodes on a redis-server of the test's own: a client watching its plan usage on node A sees time staff log on node B.</summary>
public sealed class PlanUsageAcrossNodesTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task A_planUsageChanged_subscriber_on_node_A_sees_time_logged_on_node_B_and_nothing_of_another_client()
    {
        await new DatabaseMigrator(database.DataSource).MigrateAsync();
        var seed = new DemoSeed(database.DataSource);
        await seed.ApplyAsync();
        await seed.ApplyPlansAsync();
        await using var server = await RedisServerProcess.StartAsync();
        var prefix = TestRedis.UniqueName("plans-nodes") + ":";
        await using var nodeA = new PortalFactory(database.ConnectionString, environment: "Development") { Redis = server.Endpoint, RedisPrefix = prefix };
        await using var nodeB = new PortalFactory(database.ConnectionString, environment: "Development") { Redis = server.Endpoint, RedisPrefix = prefix };
        var busA = Assert.IsType<RedisPubSub>(nodeA.Services.GetRequiredService<ITopicEventReceiver>());
        var staff = await DeskFixture.IssueTokenAsync(nodeB, "agent@kre8ivtech.test");
        var acmeTicket = await TicketAsync("acme");
        var globexTicket = await TicketAsync("globex");

        using var socket = await GraphQLSocket.ConnectAsync(nodeA, await DeskFixture.IssueTokenAsync(nodeA, "owner@acme.test"));
        await socket.SubscribeAsync("subscription { planUsageChanged { organizationId usedMinutes plan { name } } }");
        await RedisTestKit.WaitUntilAsync(async () => await RedisTestKit.SubscriberCountAsync(server.Endpoint, busA.ChannelOf(PlanUsageChanged.Topic)) == 1);
        var before = await UsedMinutesAsync(nodeB, staff);

        await LogAsync(nodeB, staff, globexTicket, 90);
        await LogAsync(nodeB, staff, acmeTicket, 75);

        var changed = (await socket.NextDataAsync()).GetProperty("planUsageChanged");
        Assert.Equal(new NodeIdSerializer().Format("Organization", DemoSeed.IdOf("organization", "acme")), changed.GetProperty("organizationId").GetString());
        Assert.Equal("Basic Maintenance", changed.GetProperty("plan").GetProperty("name").GetString());
        Assert.Equal(before + 75, changed.GetProperty("usedMinutes").GetInt32());
    }

    private async Task<Guid> TicketAsync(string slug)
    {
        var id = Guid.NewGuid();
        await using var command = database.DataSource.CreateCommand(
            """
            INSERT INTO tickets (id, organization_id, title, description, type, category, priority, status, source, requester_id,
                                 created_at, updated_at, first_response_due_at, resolution_due_at)
            VALUES ($1, $2, 'Mail is down', 'Again', 'TROUBLESHOOTING', 'email', 'HIGH', 'OPEN', 'PORTAL', $3, now(), now(), now(), now())
            """);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = id });
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = DemoSeed.IdOf("organization", slug) });
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = DemoSeed.IdOf("user", $"owner@{slug}.test") });
        await command.ExecuteNonQueryAsync();
        return id;
    }

    private static async Task LogAsync(PortalFactory node, string token, Guid ticket, int minutes)
    {
        var result = await DeskFixture.PostAsync(node, token, """
            mutation($ticketId: ID!, $minutes: Int!) { logTime(input: { ticketId: $ticketId, minutes: $minutes, description: "Fixed the relay" }) { errors { __typename } } }
            """, new { ticketId = new NodeIdSerializer().Format("Ticket", ticket), minutes });
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("logTime").GetProperty("errors").ValueKind);
    }

    private static async Task<int> UsedMinutesAsync(PortalFactory node, string token)
    {
        var acme = new NodeIdSerializer().Format("Organization", DemoSeed.IdOf("organization", "acme"));
        var result = await DeskFixture.PostAsync(node, token, $$"""{ planUsage(organizationId: "{{acme}}") { usedMinutes } }""");
        return result.GetProperty("data").GetProperty("planUsage").GetProperty("usedMinutes").GetInt32();
    }
}
