using System.Text.Json;

namespace KtPortal.Api.Tests.Plans;

/// <summary>
/// How time deducts from periods: coverage, minimum billing, entries straddling two periods, and overage per rate
/// type in work-date order (docs/plans-and-time.md).
/// </summary>
public sealed class PlanUsageTests(PlansFixture fixture) : IClassFixture<PlansFixture>
{
    [Fact]
    public async Task Only_billable_time_on_covered_tickets_deducts()
    {
        var client = await fixture.NewClientAsync();
        await fixture.AssignAsync(client, await fixture.NewPlanAsync(includedHours: 10, coveredTypes: ["TROUBLESHOOTING"], coveredCategories: ["Website"]));
        var covered = await fixture.NewTicketAsync(client, "TROUBLESHOOTING", "Website");
        var otherType = await fixture.NewTicketAsync(client, "SERVICE_REQUEST", "Website");
        var otherCategory = await fixture.NewTicketAsync(client, "TROUBLESHOOTING", "Email");

        await fixture.LogTimeAsync(covered, 90);
        await fixture.LogTimeAsync(covered, 30, billable: false);
        await fixture.LogTimeAsync(otherType, 120);
        await fixture.LogTimeAsync(otherCategory, 120);

        var usage = await fixture.UsageAsync(client);
        Assert.Equal(90, usage.GetProperty("usedMinutes").GetInt32());
        Assert.Equal(1.5m, usage.GetProperty("usedHours").GetDecimal());
        Assert.Equal(8.5m, usage.GetProperty("remainingHours").GetDecimal());
        Assert.Equal(10m, usage.GetProperty("includedHours").GetDecimal());
        Assert.Equal("2026-12-01", usage.GetProperty("periodStart").GetString());
        Assert.Equal("2026-12-31", usage.GetProperty("periodEnd").GetString());
    }

    [Fact]
    public async Task A_ticket_with_any_billable_time_bills_at_least_an_hour_and_the_top_up_shrinks_as_time_is_logged()
    {
        var client = await fixture.NewClientAsync();
        await fixture.AssignAsync(client, await fixture.NewPlanAsync(includedHours: 10));
        var ticket = await fixture.NewTicketAsync(client);

        await fixture.LogTimeAsync(ticket, 20, billable: false);
        Assert.Equal(0, await UsedAsync(client));

        await fixture.LogTimeAsync(ticket, 20);
        Assert.Equal(60, await UsedAsync(client));

        await fixture.LogTimeAsync(ticket, 30);
        Assert.Equal(60, await UsedAsync(client));

        await fixture.LogTimeAsync(ticket, 30);
        Assert.Equal(80, await UsedAsync(client));
    }

    [Fact]
    public async Task Entries_straddling_two_periods_deduct_from_their_own_periods_and_the_top_up_from_the_earliest()
    {
        var client = await fixture.NewClientAsync();
        await fixture.AssignAsync(client, await fixture.NewPlanAsync(includedHours: 10));
        var ticket = await fixture.NewTicketAsync(client);

        await fixture.LogTimeAsync(ticket, 20, workDate: "2026-11-30");
        await fixture.LogTimeAsync(ticket, 25, workDate: "2026-12-01");

        // 45 billable minutes: the 15-minute top-up goes to November, the period of the earliest billable work date.
        Assert.Equal(35, await UsedAsync(client, "2026-11-30"));
        Assert.Equal(25, await UsedAsync(client, "2026-12-01"));

        // Earlier time moves nothing across periods here, but shrinks the top-up (still in November).
        await fixture.LogTimeAsync(ticket, 10, workDate: "2026-11-15");
        Assert.Equal(35, await UsedAsync(client, "2026-11-15"));
        Assert.Equal(25, await UsedAsync(client, "2026-12-06"));

        // Past an hour in total there is no top-up: each period has exactly its own entries.
        await fixture.LogTimeAsync(ticket, 30, workDate: "2026-12-02");
        Assert.Equal(30, await UsedAsync(client, "2026-11-15"));
        Assert.Equal(55, await UsedAsync(client, "2026-12-06"));
    }

    [Fact]
    public async Task A_top_up_follows_the_earliest_billable_work_date_into_an_earlier_period()
    {
        var client = await fixture.NewClientAsync();
        await fixture.AssignAsync(client, await fixture.NewPlanAsync(includedHours: 10));
        var ticket = await fixture.NewTicketAsync(client);

        await fixture.LogTimeAsync(ticket, 15, workDate: "2026-12-03");
        Assert.Equal(60, await UsedAsync(client, "2026-12-03"));

        await fixture.LogTimeAsync(ticket, 15, workDate: "2026-11-28");
        Assert.Equal(45, await UsedAsync(client, "2026-11-28"));
        Assert.Equal(15, await UsedAsync(client, "2026-12-03"));

        // What billing invoices from is recorded on both periods.
        Assert.Equal(45, await fixture.CountAsync("SELECT used_minutes FROM billing_periods WHERE organization_id = $1 AND starts_on = '2026-11-01'", client.Id));
        Assert.Equal(15, await fixture.CountAsync("SELECT used_minutes FROM billing_periods WHERE organization_id = $1 AND starts_on = '2026-12-01'", client.Id));
    }

    [Fact]
    public async Task Periods_follow_the_billing_cycle_day_and_included_hours_do_not_roll_over()
    {
        var client = await fixture.NewClientAsync();
        await fixture.AssignAsync(client, await fixture.NewPlanAsync(includedHours: 2, cycleDay: 15), startsOn: "2026-10-20");
        var ticket = await fixture.NewTicketAsync(client);

        await fixture.LogTimeAsync(ticket, 60, workDate: "2026-11-14");
        await fixture.LogTimeAsync(ticket, 150, workDate: "2026-11-15");

        var october = await fixture.UsageAsync(client, "2026-11-14");
        Assert.Equal("2026-10-20", october.GetProperty("periodStart").GetString());
        Assert.Equal("2026-11-14", october.GetProperty("periodEnd").GetString());
        Assert.Equal(60, october.GetProperty("remainingMinutes").GetInt32());

        // November's period starts on the 15th with its own two hours, whatever October left unused.
        var november = await fixture.UsageAsync(client, "2026-12-06");
        Assert.Equal("2026-11-15", november.GetProperty("periodStart").GetString());
        Assert.Equal("2026-12-14", november.GetProperty("periodEnd").GetString());
        Assert.Equal(150, november.GetProperty("usedMinutes").GetInt32());
        Assert.Equal(30, november.GetProperty("overageMinutes").GetInt32());
        Assert.Equal(0, november.GetProperty("remainingMinutes").GetInt32());
    }

    [Fact]
    public async Task Overage_is_split_by_rate_type_with_entries_consuming_included_hours_in_work_date_order()
    {
        var client = await fixture.NewClientAsync();
        await fixture.AssignAsync(client, await fixture.NewPlanAsync(includedHours: 1, coveredTypes: ["SERVICE_REQUEST", "TROUBLESHOOTING"]));
        var feature = await fixture.NewTicketAsync(client, "SERVICE_REQUEST");
        var fix = await fixture.NewTicketAsync(client, "TROUBLESHOOTING");

        await fixture.LogTimeAsync(feature, 60, workDate: "2026-12-02");
        await fixture.LogTimeAsync(fix, 90, workDate: "2026-12-03");
        var usage = await fixture.UsageAsync(client);
        Assert.Equal(0, usage.GetProperty("overageDevelopmentMinutes").GetInt32());
        Assert.Equal(90, usage.GetProperty("overageSupportMinutes").GetInt32());

        // An earlier support hour takes the included hour first; the development hour becomes overage.
        await fixture.LogTimeAsync(fix, 60, workDate: "2026-12-01");
        usage = await fixture.UsageAsync(client);
        Assert.Equal(60, usage.GetProperty("overageDevelopmentMinutes").GetInt32());
        Assert.Equal(90, usage.GetProperty("overageSupportMinutes").GetInt32());
        Assert.Equal(2.5m, usage.GetProperty("overageHours").GetDecimal());

        await using var command = fixture.Database.DataSource.CreateCommand(
            "SELECT overage_development_minutes, overage_support_minutes FROM billing_periods WHERE organization_id = $1 AND starts_on = '2026-12-01'");
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = client.Id });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal((60, 90), (reader.GetInt32(0), reader.GetInt32(1)));
    }

    [Fact]
    public async Task Time_after_a_plan_ended_does_not_deduct_and_usage_then_reads_as_null()
    {
        var client = await fixture.NewClientAsync();
        await fixture.AssignAsync(client, await fixture.NewPlanAsync(includedHours: 10));
        var ticket = await fixture.NewTicketAsync(client);
        await fixture.LogTimeAsync(ticket, 60, workDate: "2026-12-02");

        var ended = await fixture.StaffAsync($$"""
            mutation { endClientPlan(input: { organizationId: "{{fixture.OrganizationId(client)}}", lastDay: "2026-12-03" }) {
              clientPlan { endedOn } errors { __typename } } }
            """);
        Assert.Equal("2026-12-03", ended.GetProperty("data").GetProperty("endClientPlan").GetProperty("clientPlan").GetProperty("endedOn").GetString());
        await fixture.LogTimeAsync(ticket, 60, workDate: "2026-12-04");

        Assert.Equal(60, await UsedAsync(client, "2026-12-03"));
        Assert.Equal(JsonValueKind.Null, (await fixture.UsageAsync(client, "2026-12-04")).ValueKind);
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM billing_periods WHERE organization_id = $1 AND ends_on = '2026-12-04'", client.Id));
    }

    private async Task<int> UsedAsync(TestClient client, string date = "2026-12-06")
        => (await fixture.UsageAsync(client, date)).GetProperty("usedMinutes").GetInt32();
}
