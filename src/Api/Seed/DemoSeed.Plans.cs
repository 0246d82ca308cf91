using KtPortal.Api.Plans;
using KtPortal.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KtPortal.Api.Seed;

// The demo plans: the catalogue, Acme on "Basic Maintenance" (10 hours a month, covers TROUBLESHOOTING), Globex on
// "Growth Maintenance" (30 hours, covers both types), and time on the demo tickets. Ids derive from stable names and
// every insert is ON CONFLICT DO NOTHING, so loading twice, or from two processes at once, adds nothing. Time goes on
// the desk's demo tickets (IdOf("ticket", index)) that are loaded already and past NEW; the entries of Acme's current
// month (seven hours, "You've used 7 of 10 hours this month") are dated when the seed first runs.
public sealed partial class DemoSeed
{
    /// <summary>The demo plan catalogue: name, included hours, covered types, development and support rates, fee, cycle day.</summary>
    public static IReadOnlyList<(string Name, int IncludedHours, string[] CoveredTypes, decimal DevelopmentRate, decimal SupportRate, decimal MonthlyFee, int CycleDay)> PlanCatalogue { get; } =
    [
        ("Basic Maintenance", 10, ["TROUBLESHOOTING"], 150m, 120m, 900m, 1),
        ("Growth Maintenance", 30, ["SERVICE_REQUEST", "TROUBLESHOOTING"], 140m, 110m, 3_200m, 1),
        ("Enterprise Care", 80, ["SERVICE_REQUEST", "TROUBLESHOOTING"], 130m, 100m, 8_000m, 15),
    ];

    /// <summary>Which demo client is on which plan, from when.</summary>
    public static IReadOnlyList<(string OrganizationSlug, string PlanName, DateOnly StartsOn)> ClientPlans { get; } =
    [
        ("acme", "Basic Maintenance", new DateOnly(2026, 9, 1)),
        ("globex", "Growth Maintenance", new DateOnly(2026, 9, 1)),
    ];

    private static readonly string[] WorkDescriptions =
    [
        "Investigated the logs", "Applied the fix and tested it", "Updated plugins and checked the site", "Call with the client",
        "Deployed to production", "Reviewed the DNS records",
    ];

    /// <summary>Loads the plan catalogue, the demo clients' plans and time on the demo tickets, unless they are there already.</summary>
    public async Task ApplyPlansAsync(CancellationToken cancellationToken = default)
    {
        var clock = TimeProvider.System;
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await using var batch = dataSource.CreateBatch();
        foreach (var (name, hours, types, development, support, fee, day) in PlanCatalogue)
        {
            batch.BatchCommands.Add(Command(
                """
                INSERT INTO maintenance_plans (id, name, included_minutes, covered_ticket_types, covered_categories, development_rate,
                                               support_rate, monthly_fee, currency, billing_cycle_day, created_at, updated_at)
                VALUES ($1, $2, $3, $4, '{}', $5, $6, $7, 'USD', $8, $9, $9) ON CONFLICT DO NOTHING
                """,
                IdOf("maintenance-plan", name), name, hours * 60, types, development, support, fee, day, now));
        }

        foreach (var (slug, plan, startsOn) in ClientPlans)
        {
            batch.BatchCommands.Add(Command(
                """
                INSERT INTO client_plans (id, organization_id, plan_id, starts_on, billing_cycle_day, created_at)
                SELECT $1, $2, p.id, $3, p.billing_cycle_day, $4 FROM maintenance_plans p WHERE p.id = $5
                ON CONFLICT DO NOTHING
                """,
                IdOf("client-plan", slug), IdOf("organization", slug), startsOn, now, IdOf("maintenance-plan", plan)));
        }

        AddDemoTime(batch, today, now);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        await RecordDemoUsageAsync(clock, today, cancellationToken);
    }

    // Time on the demo tickets past NEW: one or two short entries each, the day after filing and the next days, some not
    // billable, at the rate of the ticket's type; plus Acme's current month. Each entry gets its TIME_LOGGED event.
    private static void AddDemoTime(NpgsqlBatch batch, DateOnly today, DateTimeOffset now)
    {
        var ids = new List<Guid>();
        var tickets = new List<Guid>();
        var users = new List<Guid>();
        var minutes = new List<int>();
        var offsets = new List<int>();
        var descriptions = new List<string>();
        var billable = new List<bool>();
        for (var i = 0; i < 200; i++)
        {
            for (var k = 0; k <= i % 2; k++)
            {
                ids.Add(IdOf("time-entry", $"{i}:{k}"));
                tickets.Add(IdOf("ticket", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                users.Add(IdOf("user", k % 2 == 0 ? "agent@kre8ivtech.test" : "admin@kre8ivtech.test"));
                minutes.Add(15 + ((i * 37) + (k * 53)) % 60);
                offsets.Add(k + 1);
                descriptions.Add(WorkDescriptions[(i + k) % WorkDescriptions.Length]);
                billable.Add((i + k) % 3 != 0);
            }
        }

        batch.BatchCommands.Add(Command(
            """
            INSERT INTO time_entries (id, ticket_id, organization_id, user_id, minutes, work_date, description, billable, rate_type, created_at)
            SELECT e.id, t.id, t.organization_id, e.user_id, e.minutes, least((t.created_at AT TIME ZONE 'UTC')::date + e.day_offset, $8::date),
                   e.description, e.billable, CASE t.type WHEN 'SERVICE_REQUEST' THEN 'DEVELOPMENT' ELSE 'SUPPORT' END,
                   t.created_at + make_interval(days => e.day_offset)
            FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::integer[], $5::integer[], $6::text[], $7::boolean[])
                 AS e (id, ticket_id, user_id, minutes, day_offset, description, billable)
            JOIN tickets t ON t.id = e.ticket_id AND t.status <> 'NEW'
            ON CONFLICT (id) DO NOTHING
            """,
            ids.ToArray(), tickets.ToArray(), users.ToArray(), minutes.ToArray(), offsets.ToArray(), descriptions.ToArray(), billable.ToArray(), today));

        // Acme's current month: seven hours on its first four troubleshooting tickets still being worked.
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        batch.BatchCommands.Add(Command(
            """
            INSERT INTO time_entries (id, ticket_id, organization_id, user_id, minutes, work_date, description, billable, rate_type, created_at)
            SELECT md5('ktportal-demo:time-entry:acme-current:' || w.n)::uuid, t.id, t.organization_id, $2,
                   (ARRAY[90, 120, 75, 135])[w.n], greatest($3::date, $4::date - (w.n - 1)), 'Maintenance work this month', true, 'SUPPORT', $5
            FROM (
                SELECT t.*, row_number() OVER (ORDER BY t.number) AS n
                FROM tickets t
                WHERE t.organization_id = $1 AND t.type = 'TROUBLESHOOTING' AND t.status IN ('OPEN', 'IN_PROGRESS', 'WAITING_ON_CLIENT')
            ) t
            JOIN generate_series(1, 4) AS w (n) ON w.n = t.n
            ON CONFLICT (id) DO NOTHING
            """,
            IdOf("organization", "acme"), IdOf("user", "agent@kre8ivtech.test"), monthStart, today, now));

        batch.BatchCommands.Add(Command(
            """
            INSERT INTO ticket_events (id, ticket_id, organization_id, kind, actor_id, data, internal, created_at)
            SELECT md5('ktportal-demo:ticket-event:time:' || e.id::text)::uuid, e.ticket_id, e.organization_id, 'TIME_LOGGED', e.user_id,
                   jsonb_build_object('timeEntryId', e.id::text, 'minutes', e.minutes::text, 'workDate', e.work_date::text,
                                      'billable', e.billable::text, 'rateType', e.rate_type),
                   NOT e.billable, e.created_at
            FROM time_entries e
            WHERE e.id = ANY ($1) OR e.id IN (SELECT md5('ktportal-demo:time-entry:acme-current:' || n)::uuid FROM generate_series(1, 4) AS n)
            ON CONFLICT (id) DO NOTHING
            """,
            ids.ToArray()));
    }

    // The demo clients' periods through today, with their usage recorded as logging time would record it.
    private async Task RecordDemoUsageAsync(TimeProvider clock, DateOnly today, CancellationToken cancellationToken)
    {
        await using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseNpgsql(dataSource).Options);
        var slugs = ClientPlans.Select(c => IdOf("client-plan", c.OrganizationSlug)).ToArray();
        var plans = await db.ClientPlans.AsNoTracking().Where(c => slugs.Contains(c.Id))
            .Join(db.MaintenancePlans.AsNoTracking(), c => c.PlanId, p => p.Id, (c, p) => new { Client = c, Plan = p })
            .ToListAsync(cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        foreach (var plan in plans)
        {
            await BillingPeriods.EnsureAsync(connection, plan.Client, plan.Plan, today, clock, cancellationToken);
            await BillingPeriods.RecordAsync(connection, plan.Client.Id, clock, cancellationToken);
        }
    }
}
