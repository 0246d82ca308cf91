using KtPortal.Api.Seed;
using KtPortal.Api.Support.Sla;
using KtPortal.Api.Tests.Tenancy;
using KtPortal.Domain.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KtPortal.Api.Tests.Support;

/// <summary>
/// The breach scan against a real PostgreSQL with a fake clock: what counts as a breach (pauses included), and that
/// each breach is flagged, written to the timeline and notified once. Tests share the database, so each one asserts on
/// its own tickets only.
/// </summary>
public sealed class SlaBreachScannerTests(TenantFixture fixture) : IClassFixture<TenantFixture>
{
    private static readonly Guid Acme = DemoSeed.IdOf("organization", "acme");
    private static readonly Guid Requester = DemoSeed.IdOf("user", "owner@acme.test");
    private static readonly Guid Admin = DemoSeed.IdOf("user", "admin@kre8ivtech.test");
    private static readonly Guid Agent = DemoSeed.IdOf("user", "agent@kre8ivtech.test");
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public async Task A_first_response_past_due_is_flagged_with_a_public_timeline_event_and_staff_notifications()
    {
        var created = DaysFromNow(-2);
        var ticket = await TicketRows.InsertAsync(fixture.Database.DataSource, Acme, Requester, created, Hour, Day * 5);

        var breaches = Own(await Scanner(created + Hour + TimeSpan.FromMinutes(1)).ScanAsync(default), ticket);

        var breach = Assert.Single(breaches);
        Assert.Equal(SlaTarget.FirstResponse, breach.Target);
        Assert.Equal(created + Hour, breach.DueAt);
        Assert.Equal(2, breach.Notified);
        Assert.True(await Flag(ticket, "first_response_breached"));
        Assert.False(await Flag(ticket, "resolution_breached"));
        Assert.Equal(1L, await Count("SELECT count(*) FROM ticket_events WHERE ticket_id = $1 AND kind = 'SLA_BREACHED' AND NOT internal AND data ->> 'target' = 'FIRST_RESPONSE'", ticket));
        Assert.Equal(new[] { Admin, Agent }.Order(), await Recipients(ticket));
    }

    [Fact]
    public async Task A_second_scan_flags_nothing_more_and_notifies_nobody_again()
    {
        var created = DaysFromNow(-3);
        var ticket = await TicketRows.InsertAsync(fixture.Database.DataSource, Acme, Requester, created, Hour, Day, assigneeId: Agent);
        var now = created + Day * 2;

        var first = Own(await Scanner(now).ScanAsync(default), ticket);
        var second = Own(await Scanner(now.AddHours(1)).ScanAsync(default), ticket);

        Assert.Equal([SlaTarget.FirstResponse, SlaTarget.Resolution], first.Select(b => b.Target));
        Assert.Empty(second);
        Assert.Equal(2L, await Count("SELECT count(*) FROM ticket_events WHERE ticket_id = $1 AND kind = 'SLA_BREACHED'", ticket));
        // Admin and agent for each target; the assignee is the agent, notified once per target all the same.
        Assert.Equal(4L, await Count("SELECT count(*) FROM notifications WHERE data ->> 'ticketId' = $1::text", ticket));
    }

    [Fact]
    public async Task The_dedupe_key_stops_a_second_notification_even_if_a_breach_is_flagged_again()
    {
        var created = DaysFromNow(-4);
        var ticket = await TicketRows.InsertAsync(fixture.Database.DataSource, Acme, Requester, created, Hour, Day * 30);
        var now = created + Hour * 2;
        Assert.Equal(2, Assert.Single(Own(await Scanner(now).ScanAsync(default), ticket)).Notified);

        // Someone clears the flag by hand: the scan flags it again, but each recipient was already told.
        await Count("UPDATE tickets SET first_response_breached = false WHERE id = $1 RETURNING 0::bigint", ticket);
        var again = Assert.Single(Own(await Scanner(now).ScanAsync(default), ticket));

        Assert.Equal(0, again.Notified);
        Assert.Equal(2L, await Count("SELECT count(*) FROM notifications WHERE data ->> 'ticketId' = $1::text", ticket));
    }

    [Fact]
    public async Task Targets_met_in_time_are_never_breaches_and_targets_met_late_are()
    {
        var created = DaysFromNow(-5);
        var inTime = await TicketRows.InsertAsync(
            fixture.Database.DataSource, Acme, Requester, created, Hour, Day, status: "RESOLVED",
            firstRespondedAt: created + TimeSpan.FromMinutes(30), resolvedAt: created + Hour * 5);
        var late = await TicketRows.InsertAsync(
            fixture.Database.DataSource, Acme, Requester, created, Hour, Day, status: "RESOLVED",
            firstRespondedAt: created + Hour * 2, resolvedAt: created + Day * 2);

        var breaches = await Scanner(created + Day * 4).ScanAsync(default);

        Assert.Empty(Own(breaches, inTime));
        Assert.Equal([SlaTarget.FirstResponse, SlaTarget.Resolution], Own(breaches, late).Select(b => b.Target));
    }

    [Fact]
    public async Task A_paused_ticket_is_not_flagged_however_long_it_waits_unless_it_was_late_before_the_pause()
    {
        var created = DaysFromNow(-10);
        var pausedInTime = await TicketRows.InsertAsync(
            fixture.Database.DataSource, Acme, Requester, created, Hour, Day, status: "WAITING_ON_CLIENT", pausedAt: created + TimeSpan.FromMinutes(50));
        var pausedLate = await TicketRows.InsertAsync(
            fixture.Database.DataSource, Acme, Requester, created, Hour, Day, status: "WAITING_ON_CLIENT", pausedAt: created + Hour * 2);

        var breaches = await Scanner(created + Day * 9).ScanAsync(default);

        Assert.Empty(Own(breaches, pausedInTime));
        Assert.Equal([SlaTarget.FirstResponse], Own(breaches, pausedLate).Select(b => b.Target));
    }

    [Fact]
    public async Task After_a_pause_the_shifted_due_time_decides_as_the_domain_clock_does()
    {
        // The desk resumes a ticket by moving its due times later by the pause; the scan then judges the moved time.
        var created = DaysFromNow(-20);
        var targets = SlaTargets.Validate(60, 24 * 60).Targets!.Value;
        var clock = SlaClock.Start(created, targets).Pause(created + TimeSpan.FromMinutes(50)).Resume(created + Day * 3);
        var ticket = await TicketRows.InsertAsync(
            fixture.Database.DataSource, Acme, Requester, created, clock.FirstResponseDueAt - created, clock.ResolutionDueAt - created, status: "OPEN");
        var justBefore = clock.FirstResponseDueAt;
        var justAfter = clock.FirstResponseDueAt.AddSeconds(1);

        Assert.False(clock.IsFirstResponseBreached(justBefore, null, null));
        Assert.Empty(Own(await Scanner(justBefore).ScanAsync(default), ticket));
        Assert.True(clock.IsFirstResponseBreached(justAfter, null, null));
        Assert.Equal([SlaTarget.FirstResponse], Own(await Scanner(justAfter).ScanAsync(default), ticket).Select(b => b.Target));
    }

    [Fact]
    public async Task A_breach_is_emailed_to_each_recipient_who_has_not_turned_email_off_for_breaches()
    {
        await TicketRows.ScalarAsync<long>(fixture.Database.DataSource, """
            INSERT INTO notification_preferences (user_id, kind, in_app, email, updated_at) VALUES ($1, 'SLA_BREACHED', true, false, now())
            ON CONFLICT (user_id, kind) DO UPDATE SET email = false RETURNING 0::bigint
            """, Agent);
        var created = DaysFromNow(-7);
        var ticket = await TicketRows.InsertAsync(fixture.Database.DataSource, Acme, Requester, created, Hour, Day * 30);

        Assert.Equal(2, Assert.Single(Own(await Scanner(created + Hour * 2).ScanAsync(default), ticket)).Notified);

        // Both are told in the app; only the admin by email, since the agent turned email off for SLA breaches.
        var number = await TicketRows.ScalarAsync<int>(fixture.Database.DataSource, "SELECT number FROM tickets WHERE id = $1", ticket);
        var subject = $"KT-{number} missed its first response target";
        Assert.Equal(new[] { Admin, Agent }.Order(), await Recipients(ticket));
        Assert.Equal(1L, await TicketRows.ScalarAsync<long>(fixture.Database.DataSource, "SELECT count(*) FROM mail_outbox WHERE subject = $1", subject));
        Assert.Equal("admin@kre8ivtech.test", await TicketRows.ScalarAsync<string>(fixture.Database.DataSource, "SELECT \"to\" FROM mail_outbox WHERE subject = $1", subject));
    }

    [Fact]
    public async Task The_job_publishes_what_it_flagged_after_the_commit()
    {
        var created = DaysFromNow(-6);
        var ticket = await TicketRows.InsertAsync(fixture.Database.DataSource, Acme, Requester, created, Hour, Day * 30);
        var publisher = new RecordingPublisher(fixture.Database.DataSource);
        var options = Options.Create(new SlaOptions());
        var clock = new FakeTimeProvider(created + Hour * 3);
        var job = new SlaBreachJob(
            new SlaBreachScanner(fixture.Database.DataSource, clock, options), publisher, clock, options, NullLogger<SlaBreachJob>.Instance);

        await job.RunOnceAsync(default);

        var published = Assert.Single(publisher.Published, b => b.Breach.TicketId == ticket);
        Assert.True(published.FlagCommitted);
    }

    // Whole seconds, so that what PostgreSQL stores (microseconds) compares equal to what the test computes.
    private static DateTimeOffset DaysFromNow(int days)
    {
        var now = DateTimeOffset.UtcNow;
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero).AddDays(days);
    }

    private SlaBreachScanner Scanner(DateTimeOffset now, int batchSize = 200)
        => new(fixture.Database.DataSource, new FakeTimeProvider(now), Options.Create(new SlaOptions { BreachBatchSize = batchSize }));

    private static List<SlaBreach> Own(IEnumerable<SlaBreach> breaches, Guid ticket) => [.. breaches.Where(b => b.TicketId == ticket)];

    private Task<bool> Flag(Guid ticket, string column)
        => TicketRows.ScalarAsync<bool>(fixture.Database.DataSource, $"SELECT {column} FROM tickets WHERE id = $1", ticket);

    [Theory]
    [InlineData(0, "tickets_first_response_breach_scan_idx")]
    [InlineData(1, "tickets_resolution_breach_scan_idx")]
    public async Task Each_scan_can_read_only_its_candidates_through_its_partial_index(int statement, string index)
    {
        // Sequential scans off, so the plan shows whether PostgreSQL can prove the statement's condition implies the
        // index's predicate (it cannot when the two drift apart; the scan would then read the whole table every minute).
        await using var connection = await fixture.Database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var off = new Npgsql.NpgsqlCommand("SET LOCAL enable_seqscan = off", connection, transaction))
        {
            await off.ExecuteNonQueryAsync();
        }

        await using var explain = new Npgsql.NpgsqlCommand("EXPLAIN " + SlaBreachScanner.Statements[statement], connection, transaction);
        explain.Parameters.AddWithValue("now", DateTimeOffset.UtcNow);
        explain.Parameters.AddWithValue("batch", 200);
        explain.Parameters.AddWithValue("target", "FIRST_RESPONSE");
        explain.Parameters.AddWithValue("internal", false);
        var plan = new System.Text.StringBuilder();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.AppendLine(reader.GetString(0));
            }
        }

        Assert.Contains(index, plan.ToString(), StringComparison.Ordinal);
    }

    private Task<long> Count(string sql, Guid ticket) => TicketRows.ScalarAsync<long>(fixture.Database.DataSource, sql, ticket);

    private async Task<List<Guid>> Recipients(Guid ticket)
    {
        await using var command = fixture.Database.DataSource.CreateCommand(
            "SELECT user_id FROM notifications WHERE kind = 'SLA_BREACHED' AND data ->> 'ticketId' = $1::text ORDER BY user_id");
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = ticket });
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return [.. ids.Order()];
    }

    private sealed class RecordingPublisher(Npgsql.NpgsqlDataSource dataSource) : ISlaBreachPublisher
    {
        public List<(SlaBreach Breach, bool FlagCommitted)> Published { get; } = [];

        public async ValueTask PublishAsync(IReadOnlyList<SlaBreach> breaches, CancellationToken cancellationToken)
        {
            foreach (var breach in breaches)
            {
                // Another connection sees the flag only once the scan's transaction committed.
                var committed = await TicketRows.ScalarAsync<bool>(dataSource, "SELECT first_response_breached FROM tickets WHERE id = $1", breach.TicketId);
                Published.Add((breach, committed));
            }
        }
    }
}
