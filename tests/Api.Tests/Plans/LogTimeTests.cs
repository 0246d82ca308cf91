using System.Text.Json;

namespace KtPortal.Api.Tests.Plans;

/// <summary>logTime against a real PostgreSQL: exact usage and once-only notices under parallel calls, and every refusal typed with nothing written.</summary>
public sealed class LogTimeTests(PlansFixture fixture) : IClassFixture<PlansFixture>
{
    [Fact]
    public async Task Twenty_parallel_logTime_calls_on_one_period_use_exactly_the_sum_of_their_minutes()
    {
        var client = await fixture.NewClientAsync();
        await fixture.AssignAsync(client, await fixture.NewPlanAsync(includedHours: 100));
        var tickets = new[] { await fixture.NewTicketAsync(client), await fixture.NewTicketAsync(client) };
        var minutes = Enumerable.Range(61, 20).ToArray();

        var results = await Task.WhenAll(minutes.Select((m, i) => fixture.LogTimeAsync(tickets[i % 2], m, workDate: $"2026-12-{1 + (i % 5):00}")));

        Assert.All(results, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("data").GetProperty("logTime").GetProperty("errors").ValueKind));
        var usage = await fixture.UsageAsync(client);
        Assert.Equal(minutes.Sum(), usage.GetProperty("usedMinutes").GetInt32());
        Assert.Equal(6000 - minutes.Sum(), usage.GetProperty("remainingMinutes").GetInt32());
        Assert.Equal(20, await fixture.CountAsync("SELECT count(*) FROM time_entries WHERE organization_id = $1", client.Id));
        Assert.Equal(20, await fixture.CountAsync("SELECT count(*) FROM ticket_events WHERE organization_id = $1 AND kind = 'TIME_LOGGED'", client.Id));

        // The usage recorded on the period for billing is the same exact sum: each writer recomputed it under the client's lock.
        Assert.Equal(minutes.Sum(), await fixture.CountAsync("SELECT used_minutes FROM billing_periods WHERE organization_id = $1 AND starts_on = '2026-12-01'", client.Id));
    }

    [Fact]
    public async Task Parallel_logTime_calls_crossing_80_and_100_percent_notify_each_recipient_exactly_once_per_threshold()
    {
        var client = await fixture.NewClientAsync();
        await fixture.AssignAsync(client, await fixture.NewPlanAsync(includedHours: 10));
        var ticket = await fixture.NewTicketAsync(client);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => fixture.LogTimeAsync(ticket, 60)));

        // The client's owner and admin, and the agency's BILLING staff; never the client's plain member or other staff.
        var recipients = new[] { client.Owner, client.Admin, PlansFixture.Billing }.Select(e => KtPortal.Api.Seed.DemoSeed.IdOf("user", e)).Order().ToArray();
        foreach (var kind in new[] { "PLAN_USAGE_WARNING", "PLAN_USAGE_EXHAUSTED" })
        {
            await using var command = fixture.Database.DataSource.CreateCommand(
                "SELECT user_id FROM notifications WHERE organization_id = $1 AND kind = $2 ORDER BY user_id");
            command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = client.Id });
            command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = kind });
            var users = new List<Guid>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    users.Add(reader.GetGuid(0));
                }
            }

            Assert.Equal(recipients, users.ToArray());
        }

        var usage = await fixture.UsageAsync(client);
        Assert.Equal(1200, usage.GetProperty("usedMinutes").GetInt32());
        Assert.Equal(600, usage.GetProperty("overageMinutes").GetInt32());
        Assert.Equal(600, usage.GetProperty("overageSupportMinutes").GetInt32());
        Assert.Equal(200, usage.GetProperty("percentUsed").GetInt32());
    }

    [Fact]
    public async Task Usage_under_80_percent_sends_no_notice_and_80_percent_sends_only_the_warning()
    {
        var client = await fixture.NewClientAsync();
        await fixture.AssignAsync(client, await fixture.NewPlanAsync(includedHours: 10));
        var ticket = await fixture.NewTicketAsync(client);

        await fixture.LogTimeAsync(ticket, 479);
        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM notifications WHERE organization_id = $1", client.Id));

        await fixture.LogTimeAsync(ticket, 1);
        Assert.Equal(3, await fixture.CountAsync("SELECT count(*) FROM notifications WHERE organization_id = $1 AND kind = 'PLAN_USAGE_WARNING'", client.Id));
        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM notifications WHERE organization_id = $1 AND kind = 'PLAN_USAGE_EXHAUSTED'", client.Id));
    }

    [Theory]
    [InlineData(0, "2026-12-01", "Worked", "InvalidMinutesError", "minutes")]
    [InlineData(-15, "2026-12-01", "Worked", "InvalidMinutesError", "minutes")]
    [InlineData(1441, "2026-12-01", "Worked", "InvalidMinutesError", "minutes")]
    [InlineData(30, "2026-12-07", "Worked", "WorkDateInFutureError", "workDate")]
    [InlineData(30, "2026-12-01", "  ", "InvalidDescriptionError", "description")]
    public async Task Bad_input_is_a_typed_error_and_writes_nothing(int minutes, string workDate, string description, string error, string field)
    {
        var client = await fixture.NewClientAsync();
        await fixture.AssignAsync(client, await fixture.NewPlanAsync(includedHours: 1));
        var ticket = await fixture.NewTicketAsync(client);

        var json = await fixture.LogTimeAsync(ticket, minutes, workDate, description: description);

        var payload = json.GetProperty("data").GetProperty("logTime");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("timeEntry").ValueKind);
        var found = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(error, found.GetProperty("__typename").GetString());
        Assert.Equal(["input", field], found.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        await AssertNothingWrittenAsync(client);
    }

    [Fact]
    public async Task A_ticket_that_does_not_exist_is_not_found_and_writes_nothing()
    {
        var client = await fixture.NewClientAsync();

        var json = await fixture.LogTimeAsync(Guid.NewGuid(), 30);

        var payload = json.GetProperty("data").GetProperty("logTime");
        Assert.Equal("TICKET_NOT_FOUND", payload.GetProperty("errors")[0].GetProperty("code").GetString());
        await AssertNothingWrittenAsync(client);
    }

    [Fact]
    public async Task A_client_user_may_not_log_time_even_on_their_own_ticket_and_nothing_is_written()
    {
        var client = await fixture.NewClientAsync();
        await fixture.AssignAsync(client, await fixture.NewPlanAsync(includedHours: 1));
        var ticket = await fixture.NewTicketAsync(client);
        var other = await fixture.NewClientAsync();
        var foreign = await fixture.NewTicketAsync(other);

        foreach (var id in new[] { ticket, foreign })
        {
            var json = await fixture.ExecuteAsync(
                client.Owner,
                client.Id,
                $$"""mutation { logTime(input: { ticketId: "{{fixture.TicketId(id)}}", minutes: 30, description: "x" }) { timeEntry { id } } }""");

            Assert.Equal("AUTH_NOT_AUTHORIZED", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }

        await AssertNothingWrittenAsync(client);
        await AssertNothingWrittenAsync(other);
    }

    [Fact]
    public async Task The_rate_type_defaults_from_the_ticket_type_and_staff_may_choose_another()
    {
        var client = await fixture.NewClientAsync();
        var request = await fixture.NewTicketAsync(client, type: "SERVICE_REQUEST");
        var fix = await fixture.NewTicketAsync(client, type: "TROUBLESHOOTING");

        Assert.Equal("DEVELOPMENT", RateOf(await fixture.LogTimeAsync(request, 30)));
        Assert.Equal("SUPPORT", RateOf(await fixture.LogTimeAsync(fix, 30)));
        Assert.Equal("DEVELOPMENT", RateOf(await fixture.LogTimeAsync(fix, 30, rateType: "DEVELOPMENT")));

        // Without a plan the time is still logged, and the payload has no usage.
        var json = await fixture.LogTimeAsync(fix, 30);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("data").GetProperty("logTime").GetProperty("planUsage").ValueKind);
    }

    [Fact]
    public async Task Non_billable_time_is_an_internal_timeline_event_and_billable_time_a_public_one()
    {
        var client = await fixture.NewClientAsync();
        var ticket = await fixture.NewTicketAsync(client);

        await fixture.LogTimeAsync(ticket, 30, billable: false);
        await fixture.LogTimeAsync(ticket, 45);

        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM ticket_events WHERE ticket_id = $1 AND kind = 'TIME_LOGGED' AND internal", ticket));
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(*) FROM ticket_events WHERE ticket_id = $1 AND kind = 'TIME_LOGGED' AND NOT internal AND data ->> 'minutes' = '45'", ticket));
    }

    private static string? RateOf(JsonElement json)
        => json.GetProperty("data").GetProperty("logTime").GetProperty("timeEntry").GetProperty("rateType").GetString();

    private async Task AssertNothingWrittenAsync(TestClient client)
    {
        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM time_entries WHERE organization_id = $1", client.Id));
        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM ticket_events WHERE organization_id = $1", client.Id));
        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM notifications WHERE organization_id = $1", client.Id));
        Assert.Equal(0, await fixture.CountAsync("SELECT coalesce(sum(used_minutes), 0) FROM billing_periods WHERE organization_id = $1", client.Id));
    }
}
