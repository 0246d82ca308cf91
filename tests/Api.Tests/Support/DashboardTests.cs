using System.Text.Json;
using KtPortal.Api.Seed;
using KtPortal.Api.Support.Dashboard;
using KtPortal.Api.Tenancy;
using KtPortal.Domain.Support;

namespace KtPortal.Api.Tests.Support;

/// <summary>
/// <c>viewer.dashboard</c>: open tickets counted by status within the caller's organizations, and recent public
/// activity, never an internal event. Each isolation layer is proved alone. The counts are compared before and after
/// each test's own tickets, so the tests hold whatever tickets the seed or other tests add.
/// </summary>
public sealed class DashboardTests(SupportApiFixture fixture) : IClassFixture<SupportApiFixture>
{
    private static readonly Guid Acme = DemoSeed.IdOf("organization", "acme");
    private static readonly Guid Globex = DemoSeed.IdOf("organization", "globex");
    private static readonly Guid AcmeOwner = DemoSeed.IdOf("user", "owner@acme.test");
    private static readonly Guid GlobexOwner = DemoSeed.IdOf("user", "owner@globex.test");

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public async Task Open_tickets_count_by_status_within_the_callers_organizations_only(bool applicationFilter, bool rowLevelSecurity)
    {
        var viewer = await fixture.ViewerAsync("member@acme.test");
        var reader = Reader(applicationFilter, rowLevelSecurity);
        var before = await reader.OpenTicketsAsync(viewer, default);

        foreach (var status in (string[])["NEW", "NEW", "IN_PROGRESS", "WAITING_ON_CLIENT", "RESOLVED", "CLOSED"])
        {
            await Ticket(Acme, AcmeOwner, status);
        }

        await Ticket(Globex, GlobexOwner, "NEW");
        await Ticket(Globex, GlobexOwner, "OPEN");
        var after = await reader.OpenTicketsAsync(viewer, default);

        Assert.Equal(before.Total + 4, after.Total);
        Assert.Equal(DashboardReader.OpenStatuses, after.ByStatus.Select(s => s.Status));
        Assert.Equal([2, 0, 1, 1], after.ByStatus.Zip(before.ByStatus, (a, b) => a.Count - b.Count));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Recent_activity_never_shows_an_internal_event_or_another_tenants(bool applicationFilter, bool rowLevelSecurity)
    {
        var viewer = await fixture.ViewerAsync("member@acme.test");
        var ours = await Ticket(Acme, AcmeOwner, "OPEN", title: "Our VPN");
        var theirs = await Ticket(Globex, GlobexOwner, "OPEN", title: "Their VPN");
        var at = await AfterEveryEventAsync();
        await TicketRows.InsertEventAsync(fixture.DataSource, ours, Acme, "REPLIED", isInternal: false, at);
        await TicketRows.InsertEventAsync(fixture.DataSource, ours, Acme, "STATUS_CHANGED", isInternal: false, at.AddMinutes(1));
        await TicketRows.InsertEventAsync(fixture.DataSource, ours, Acme, "INTERNAL_NOTE", isInternal: true, at.AddMinutes(2));
        await TicketRows.InsertEventAsync(fixture.DataSource, ours, Acme, "SLA_BREACHED", isInternal: true, at.AddMinutes(3));
        await TicketRows.InsertEventAsync(fixture.DataSource, theirs, Globex, "REPLIED", isInternal: false, at.AddMinutes(4));

        var activity = await Reader(applicationFilter, rowLevelSecurity).RecentActivityAsync(viewer, 2, default);

        Assert.Equal([TicketEventKind.StatusChanged, TicketEventKind.Replied], activity.Select(a => a.Kind));
        Assert.All(activity, a => Assert.Equal(ours, a.TicketId));
        Assert.All(activity, a => Assert.Equal("Our VPN", a.TicketTitle));
    }

    [Fact]
    public async Task With_both_layers_off_internal_and_foreign_events_show_so_the_layer_tests_can_fail()
    {
        var viewer = await fixture.ViewerAsync("member@acme.test");
        var theirs = await Ticket(Globex, GlobexOwner, "OPEN");
        await TicketRows.InsertEventAsync(fixture.DataSource, theirs, Globex, "INTERNAL_NOTE", isInternal: true, await AfterEveryEventAsync());

        var activity = await Reader(applicationFilter: false, rowLevelSecurity: false).RecentActivityAsync(viewer, 1, default);

        Assert.Equal(theirs, Assert.Single(activity).TicketId);
    }

    [Fact]
    public async Task Viewer_dashboard_answers_a_client_user_over_GraphQL()
    {
        var ticket = await Ticket(Acme, AcmeOwner, "WAITING_ON_CLIENT", title: "Dashboard over HTTP");
        await TicketRows.InsertEventAsync(fixture.DataSource, ticket, Acme, "CREATED", isInternal: false, await AfterEveryEventAsync());

        var response = await fixture.PostAsync(
            "{ viewer { dashboard { openTickets { total byStatus { status count } } recentActivity(first: 1) { kind ticketId ticketNumber ticketTitle data } } } }",
            await fixture.TokenAsync("owner@acme.test"));

        var dashboard = response.GetProperty("data").GetProperty("viewer").GetProperty("dashboard");
        var byStatus = dashboard.GetProperty("openTickets").GetProperty("byStatus").EnumerateArray().ToList();
        Assert.Equal(["NEW", "OPEN", "IN_PROGRESS", "WAITING_ON_CLIENT"], byStatus.Select(s => s.GetProperty("status").GetString()));
        Assert.Equal(byStatus.Sum(s => s.GetProperty("count").GetInt32()), dashboard.GetProperty("openTickets").GetProperty("total").GetInt32());
        var latest = Assert.Single(dashboard.GetProperty("recentActivity").EnumerateArray());
        Assert.Equal("CREATED", latest.GetProperty("kind").GetString());
        Assert.Equal("Dashboard over HTTP", latest.GetProperty("ticketTitle").GetString());
        Assert.StartsWith("KT-", latest.GetProperty("ticketNumber").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, latest.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task Dashboard_plan_usage_is_the_callers_planUsage_and_null_without_a_plan()
    {
        await using (var command = fixture.DataSource.CreateCommand("""
            WITH plan AS (
                INSERT INTO maintenance_plans (id, name, included_minutes, covered_ticket_types, covered_categories, development_rate,
                                               support_rate, monthly_fee, currency, billing_cycle_day, created_at, updated_at)
                VALUES (gen_random_uuid(), 'Dashboard Plan', 600, ARRAY['TROUBLESHOOTING'], '{}', 120, 90, 500, 'USD', 1, now(), now())
                RETURNING id)
            INSERT INTO client_plans (id, organization_id, plan_id, starts_on, billing_cycle_day, created_at)
            SELECT gen_random_uuid(), $1, plan.id, DATE '2026-01-01', 1, now() FROM plan
            """))
        {
            command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = Globex });
            await command.ExecuteNonQueryAsync();
        }

        const string Query = "{ viewer { dashboard { planUsage { includedHours usedHours periodStart periodEnd plan { name } } } } planUsage { includedHours usedHours periodStart periodEnd plan { name } } }";
        var globex = await fixture.PostAsync(Query, await fixture.TokenAsync("owner@globex.test"));
        var acme = await fixture.PostAsync(Query, await fixture.TokenAsync("owner@acme.test"));

        var usage = globex.GetProperty("data").GetProperty("viewer").GetProperty("dashboard").GetProperty("planUsage");
        Assert.Equal("Dashboard Plan", usage.GetProperty("plan").GetProperty("name").GetString());
        Assert.Equal(10m, usage.GetProperty("includedHours").GetDecimal());
        Assert.Equal(globex.GetProperty("data").GetProperty("planUsage").GetRawText(), usage.GetRawText());
        Assert.Equal(JsonValueKind.Null, acme.GetProperty("data").GetProperty("viewer").GetProperty("dashboard").GetProperty("planUsage").ValueKind);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public async Task Recent_activity_takes_1_to_50_events(int first)
    {
        var response = await fixture.PostAsync(
            "query($first: Int!) { viewer { dashboard { recentActivity(first: $first) { kind } } } }", await fixture.TokenAsync("owner@acme.test"), new { first });

        Assert.Equal("ARGUMENT_INVALID", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private DashboardReader Reader(bool applicationFilter, bool rowLevelSecurity)
    {
        var (options, database) = fixture.Layers(applicationFilter, rowLevelSecurity);
        return new DashboardReader(database, new TenantScope(options));
    }

    // Later than every event in the database, so that a test's events are the latest there are.
    private async Task<DateTimeOffset> AfterEveryEventAsync()
        => new DateTimeOffset(await TicketRows.ScalarAsync<DateTime>(fixture.DataSource, "SELECT coalesce(max(created_at), now()) FROM ticket_events"), TimeSpan.Zero)
            .AddDays(1);

    private Task<Guid> Ticket(Guid organization, Guid requester, string status, string title = "Printer on fire")
        => TicketRows.InsertAsync(fixture.DataSource, organization, requester, DateTimeOffset.UtcNow, TimeSpan.FromHours(1), TimeSpan.FromDays(1), status, title: title);
}
