namespace KtPortal.Api.Plans;

/// <summary>
/// The SQL that computes plan usage from the time entries, never from counters, so it is exact whatever runs
/// concurrently. The rule it implements is documented in docs/plans-and-time.md ("How usage is computed").
/// </summary>
internal static class PlanUsageSql
{
    /// <summary>The minutes a ticket bills at least, once it has any billable time.</summary>
    public const int MinimumBilledMinutes = 60;

    /// <summary>
    /// The usage of each period of client plan <c>$1</c>; only the period containing <c>$2</c> when <c>$2</c> is not
    /// null; <c>$3</c> is <see cref="MinimumBilledMinutes"/>. Columns: period id, starts_on, ends_on, included, used,
    /// overage development, overage support.
    /// </summary>
    /// <remarks>
    /// Charges are the billable entries of covered tickets, plus one top-up per covered ticket whose billable total is
    /// under 60 minutes (60 − total, at the rate type of its earliest billable entry, on that entry's work date). Each
    /// charge lands in the period containing its work date. Within a period, charges consume the included minutes in
    /// the order (work date, entries before top-ups, created at, id); whatever a charge takes beyond them is overage at
    /// its own rate type.
    /// </remarks>
    public const string PeriodUsage = """
        WITH plan AS (
            SELECT cp.id, cp.organization_id, mp.covered_ticket_types, mp.covered_categories
            FROM client_plans cp
            JOIN maintenance_plans mp ON mp.id = cp.plan_id
            WHERE cp.id = $1
        ),
        period AS (
            SELECT p.id, p.starts_on, p.ends_on, p.included_minutes
            FROM billing_periods p
            JOIN plan ON plan.id = p.client_plan_id
            WHERE $2::date IS NULL OR ($2::date >= p.starts_on AND $2::date < p.ends_on)
        ),
        billable AS (
            SELECT e.id, e.ticket_id, e.minutes, e.work_date, e.rate_type, e.created_at
            FROM time_entries e
            JOIN plan ON plan.organization_id = e.organization_id
            JOIN tickets t ON t.id = e.ticket_id
            WHERE e.billable
              AND t.type = ANY (plan.covered_ticket_types)
              AND (cardinality(plan.covered_categories) = 0 OR t.category = ANY (plan.covered_categories))
        ),
        first_billable AS (
            SELECT DISTINCT ON (ticket_id)
                   ticket_id, work_date, rate_type, created_at, sum(minutes) OVER (PARTITION BY ticket_id) AS total
            FROM billable
            ORDER BY ticket_id, work_date, created_at, id
        ),
        charge AS (
            SELECT work_date, 0 AS kind, created_at, id, rate_type, minutes::bigint AS minutes FROM billable
            UNION ALL
            SELECT work_date, 1, created_at, ticket_id, rate_type, $3 - total FROM first_billable WHERE total < $3
        ),
        charged AS (
            SELECT p.id AS period_id, p.included_minutes, c.rate_type, c.minutes,
                   sum(c.minutes) OVER (
                       PARTITION BY p.id ORDER BY c.work_date, c.kind, c.created_at, c.id ROWS UNBOUNDED PRECEDING) AS running
            FROM charge c
            JOIN period p ON c.work_date >= p.starts_on AND c.work_date < p.ends_on
        )
        SELECT p.id, p.starts_on, p.ends_on, p.included_minutes,
               coalesce(sum(c.minutes), 0)::integer,
               coalesce(sum(greatest(0, least(c.minutes, c.running - c.included_minutes))) FILTER (WHERE c.rate_type = 'DEVELOPMENT'), 0)::integer,
               coalesce(sum(greatest(0, least(c.minutes, c.running - c.included_minutes))) FILTER (WHERE c.rate_type = 'SUPPORT'), 0)::integer
        FROM period p
        LEFT JOIN charged c ON c.period_id = p.id
        GROUP BY p.id, p.starts_on, p.ends_on, p.included_minutes
        ORDER BY p.starts_on
        """;
}
