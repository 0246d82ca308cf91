using System.Text.Json;
using KtPortal.Api.Seed;
using KtPortal.Api.Support.Sla;
using KtPortal.Domain.Persistence.Migrations;
using KtPortal.GraphQL.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KtPortal.Api.Tests.Support;

/// <summary>
/// The API in memory (Development, for <c>./portal token</c> tokens) on a migrated database of its own with the demo
/// organizations and users and no tickets, and a fake clock that starts now and moves only when a test advances it
/// (the subscriptions' viewer refresh reads it).
/// </summary>
public sealed class SubscriberFixture : IAsyncLifetime
{
    public PostgresDatabase Database { get; } = new();

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public PortalFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await new DatabaseMigrator(Database.DataSource).MigrateAsync();
        await new DemoSeed(Database.DataSource).ApplyAsync();
        // The SLA breach scan is not under test here: left on, a tick of the fake clock could flag seeded tickets and
        // publish changes to the topics these tests subscribe to.
        Factory = new PortalFactory(Database.ConnectionString, environment: "Development", configureServices: services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.Configure<SlaOptions>(o => o.BreachScanEnabled = false);
        });
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>Opens <paramref name="count"/> sockets as <paramref name="email"/>, each subscribed to <paramref name="query"/>.</summary>
    internal async Task<List<GraphQLSocket>> SubscribeAsync(string email, int count, string query, object? variables = null)
    {
        var token = await DeskFixture.IssueTokenAsync(Factory, email);
        var sockets = new List<GraphQLSocket>();
        for (var i = 0; i < count; i++)
        {
            var socket = await GraphQLSocket.ConnectAsync(Factory, token);
            sockets.Add(socket);
            await socket.SubscribeAsync(query, variables);
        }

        return sockets;
    }

    /// <summary>Waits until <paramref name="topic"/> has at least <paramref name="count"/> subscribers.</summary>
    public Task WaitForSubscribersAsync(string topic, int count)
    {
        var bus = (InMemoryPubSub)Factory.Services.GetRequiredService<ITopicEventReceiver>();
        return Infrastructure.Redis.RedisTestKit.WaitUntilAsync(() => bus.GetSubscriberCount(topic) >= count);
    }

    /// <summary>Files a ticket as <paramref name="email"/> (in <paramref name="organizationSlug"/> for staff and partners); its global ID.</summary>
    public async Task<string> CreateTicketAsync(string email, string title, string? organizationSlug = null)
    {
        var data = await DataAsync(email, """
            mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } errors { __typename } } }
            """, new
        {
            input = new
            {
                title,
                description = "It jams on every page.",
                type = "TROUBLESHOOTING",
                priority = "MEDIUM",
                category = "technical",
                organizationId = organizationSlug is null ? null : DeskFixture.Ids.Format("Organization", DemoSeed.IdOf("organization", organizationSlug)),
            },
        });
        Assert.Equal(JsonValueKind.Null, data.GetProperty("createTicket").GetProperty("errors").ValueKind);
        return data.GetProperty("createTicket").GetProperty("ticket").GetProperty("id").GetString()!;
    }

    /// <summary>The <c>data</c> of a request as <paramref name="email"/> that must have no errors.</summary>
    public async Task<JsonElement> DataAsync(string email, string query, object? variables = null)
    {
        var response = await DeskFixture.PostAsync(Factory, await DeskFixture.IssueTokenAsync(Factory, email), query, variables);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data");
    }
}
