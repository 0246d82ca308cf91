using System.Text.Json;
using KtPortal.Api.GraphQL;
using KtPortal.Api.Plans;
using KtPortal.Api.Seed;
using KtPortal.Api.Support;
using KtPortal.Api.Tenancy;
using KtPortal.Api.Tests.Tenancy;
using KtPortal.GraphQL.AspNetCore.Authorization;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KtPortal.Api.Tests.Plans;

/// <summary>
/// A client never reads another tenant's plan data: each layer of isolation on its own (the application's scope with
/// row-level security bypassed, and row-level security with the application's filter off), over GraphQL, and on the
/// planUsageChanged subscription.
/// </summary>
public sealed class PlanIsolationTests(PlansFixture fixture) : IClassFixture<PlansFixture>
{
    private const string PlanUsageChangedTopic = KtPortal.Api.Plans.GraphQL.PlanUsageChanged.Topic;

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task A_client_never_reads_another_tenants_usage_with_either_layer_alone(bool applicationFilter, bool rowLevelSecurity)
    {
        var (mine, theirs) = await TwoClientsWithUsageAsync();
        var viewer = await ViewerAsync(mine.Owner);

        var reader = Reader(applicationFilter, rowLevelSecurity);

        Assert.Null(await reader.ReadAsync(viewer, theirs.Id, on: null, default));
        Assert.Equal(90, (await reader.ReadAsync(viewer, mine.Id, on: null, default))!.Usage.UsedMinutes);
    }

    [Fact]
    public async Task With_both_layers_off_the_other_tenants_usage_is_readable_so_the_test_above_can_fail()
    {
        var (mine, theirs) = await TwoClientsWithUsageAsync();

        var usage = await Reader(applicationFilter: false, rowLevelSecurity: false).ReadAsync(await ViewerAsync(mine.Owner), theirs.Id, on: null, default);

        Assert.Equal(120, usage!.Usage.UsedMinutes);
    }

    [Fact]
    public async Task Row_level_security_alone_hides_other_tenants_plans_periods_and_time_entries_from_raw_SQL()
    {
        var (mine, theirs) = await TwoClientsWithUsageAsync();
        var viewer = await ViewerAsync(mine.Owner);
        var options = Options.Create(new TenancyOptions { ApplicationFilter = false });
        await using var connection = await fixture.Database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await new TenantDatabase(fixture.Database.DataSource, options).EnterAsync(connection, viewer, default);

        foreach (var table in new[] { "client_plans", "billing_periods", "time_entries" })
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FILTER (WHERE organization_id = $1), count(*) FILTER (WHERE organization_id = $2) FROM {table}", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = mine.Id });
            command.Parameters.Add(new NpgsqlParameter { Value = theirs.Id });
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.True(reader.GetInt64(0) > 0, table);
            Assert.Equal(0, reader.GetInt64(1));
        }
    }

    [Fact]
    public async Task Row_level_security_refuses_a_client_writing_time_or_periods()
    {
        var (mine, _) = await TwoClientsWithUsageAsync();
        var ticket = await fixture.NewTicketAsync(mine);
        var viewer = await ViewerAsync(mine.Owner);
        var options = Options.Create(new TenancyOptions { ApplicationFilter = false });

        foreach (var sql in new[]
        {
            "INSERT INTO time_entries (id, ticket_id, organization_id, user_id, minutes, work_date, description, billable, rate_type, created_at) VALUES (gen_random_uuid(), $1, $2, $3, 30, '2026-12-01', 'x', true, 'SUPPORT', now())",
            "UPDATE billing_periods SET included_minutes = 100000 WHERE organization_id = $2 AND $1::uuid IS NOT NULL AND $3::uuid IS NOT NULL",
        })
        {
            await using var connection = await fixture.Database.DataSource.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await new TenantDatabase(fixture.Database.DataSource, options).EnterAsync(connection, viewer, default);
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.Add(new NpgsqlParameter { Value = ticket });
            command.Parameters.Add(new NpgsqlParameter { Value = mine.Id });
            command.Parameters.Add(new NpgsqlParameter { Value = DemoSeed.IdOf("user", mine.Owner) });
            try
            {
                // An UPDATE the policy hides changes no row; an INSERT it refuses throws.
                Assert.Equal(0, await command.ExecuteNonQueryAsync());
            }
            catch (PostgresException error)
            {
                Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
            }
        }

        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM time_entries WHERE organization_id = $1", mine.Id));
        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM billing_periods WHERE included_minutes = 100000"));
    }

    [Fact]
    public async Task Over_GraphQL_planUsage_defaults_to_the_callers_organization_and_is_null_for_another()
    {
        var (mine, theirs) = await TwoClientsWithUsageAsync();

        var json = await fixture.ExecuteAsync(mine.Member, mine.Id, $$"""
            {
              mine: planUsage { usedHours includedHours plan { name } }
              theirs: planUsage(organizationId: "{{fixture.OrganizationId(theirs)}}") { usedHours }
            }
            """);

        var data = json.GetProperty("data");
        Assert.Equal(1.5m, data.GetProperty("mine").GetProperty("usedHours").GetDecimal());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("theirs").ValueKind);
    }

    [Fact]
    public async Task The_planUsageChanged_subscription_carries_only_the_subscribers_organization()
    {
        var (mine, theirs) = await TwoClientsWithUsageAsync();
        var theirTicket = await fixture.NewTicketAsync(theirs);
        var myTicket = await fixture.NewTicketAsync(mine);
        await using var subscription = await SubscribeAsync(mine, "organizationId usedMinutes");

        await fixture.LogTimeAsync(theirTicket, 60);
        await fixture.LogTimeAsync(myTicket, 75);

        Assert.True(await subscription.First);
        using var json = JsonDocument.Parse(subscription.Results.Current.ToJson());
        var changed = json.RootElement.GetProperty("data").GetProperty("planUsageChanged");
        Assert.Equal(fixture.OrganizationId(mine), changed.GetProperty("organizationId").GetString());
        Assert.Equal(165, changed.GetProperty("usedMinutes").GetInt32());
    }

    [Fact]
    public async Task A_subscriber_whose_membership_is_removed_stops_receiving_usage_after_the_refresh_period()
    {
        var (mine, _) = await TwoClientsWithUsageAsync();
        var ticket = await fixture.NewTicketAsync(mine);
        await using var subscription = await SubscribeAsync(mine, "usedMinutes");

        await using (var command = fixture.Database.DataSource.CreateCommand("DELETE FROM memberships WHERE user_id = $1 AND organization_id = $2"))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = DemoSeed.IdOf("user", mine.Owner) });
            command.Parameters.Add(new NpgsqlParameter { Value = mine.Id });
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        // Within the period the subscription still acts on the memberships it read (the documented trade-off)...
        await fixture.LogTimeAsync(ticket, 30);
        Assert.True(await subscription.First);

        // ...and once it has passed, the next change finds the membership gone: nothing comes before the topic ends.
        fixture.Clock.Advance(SubscriberViewer.RefreshInterval);
        await fixture.LogTimeAsync(ticket, 30);
        await Bus.CompleteAsync(PlanUsageChangedTopic);
        Assert.False(await subscription.Results.MoveNextAsync());
    }

    private InMemoryPubSub Bus => (InMemoryPubSub)fixture.Factory.Services.GetRequiredService<ITopicEventSender>();

    // The owner of the client subscribed to planUsageChanged, selecting the given fields, and listening on the topic.
    private async Task<UsageSubscription> SubscribeAsync(TestClient client, string selection)
    {
        var scope = fixture.Factory.Services.CreateAsyncScope();
        var user = TenantFixture.Principal(DemoSeed.IdOf("user", client.Owner).ToString("D"), DemoSeed.SpaClientId, client.Id);
        var stream = Assert.IsType<ResponseStream>(await PortalGraphQL.Executor(scope.ServiceProvider).ExecuteAsync(new OperationRequest
        {
            Query = $"subscription {{ planUsageChanged {{ {selection} }} }}",
            Services = scope.ServiceProvider,
            ContextData = new Dictionary<string, object?> { [GraphQLContextData.User] = user },
        }));
        var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var results = stream.ReadResultsAsync(guard.Token).GetAsyncEnumerator(guard.Token);

        // The first read starts the stream, which subscribes to the topic.
        var first = results.MoveNextAsync().AsTask();
        while (Bus.GetSubscriberCount(PlanUsageChangedTopic) == 0)
        {
            await Task.Delay(10, guard.Token);
        }

        return new UsageSubscription(scope, stream, guard, results, first);
    }

    private sealed record UsageSubscription(
        AsyncServiceScope Scope, ResponseStream Stream, CancellationTokenSource Guard, IAsyncEnumerator<OperationResult> Results, Task<bool> First)
        : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Results.DisposeAsync();
            await Stream.DisposeAsync();
            Guard.Dispose();
            await Scope.DisposeAsync();
        }
    }

    private async Task<(TestClient Mine, TestClient Theirs)> TwoClientsWithUsageAsync()
    {
        var mine = await fixture.NewClientAsync();
        var theirs = await fixture.NewClientAsync();
        var plan = await fixture.NewPlanAsync(includedHours: 10);
        await fixture.AssignAsync(mine, plan);
        await fixture.AssignAsync(theirs, plan);
        await fixture.LogTimeAsync(await fixture.NewTicketAsync(mine), 90);
        await fixture.LogTimeAsync(await fixture.NewTicketAsync(theirs), 120);
        return (mine, theirs);
    }

    private Task<Viewer> ViewerAsync(string email)
        => new ViewerResolver(fixture.Database.DataSource).ResolveAsync(TenantFixture.Principal(DemoSeed.IdOf("user", email).ToString("D"), DemoSeed.SpaClientId, null), default);

    private PlanUsageReader Reader(bool applicationFilter, bool rowLevelSecurity)
    {
        var options = Options.Create(new TenancyOptions
        {
            ApplicationFilter = applicationFilter,
            DatabaseRole = rowLevelSecurity ? TenancyOptions.DefaultDatabaseRole : string.Empty,
        });
        return new PlanUsageReader(fixture.Database.DataSource, new TenantDatabase(fixture.Database.DataSource, options), new PlanScope(new TenantScope(options)), fixture.Clock);
    }
}
