using KtPortal.Domain.Plans;
using Npgsql;

namespace KtPortal.Api.Plans;

/// <summary>
/// Makes the billing periods of a client plan and records their usage. Periods are made lazily, when something
/// needs them (time logged, usage read, the plan assigned), and idempotently: one row per client plan and start day,
/// inserted with <c>ON CONFLICT DO NOTHING</c>, so concurrent callers agree on the same rows.
/// </summary>
internal static class BillingPeriods
{
    /// <summary>Makes every missing period of <paramref name="plan"/> through the one containing <paramref name="through"/>.</summary>
    public static async Task EnsureAsync(NpgsqlConnection connection, ClientPlan plan, MaintenancePlan catalogue, DateOnly through, TimeProvider clock, CancellationToken cancellationToken)
    {
        var periods = BillingCycle.PeriodsThrough(plan, through);
        if (periods.Count == 0)
        {
            return;
        }

        var (development, support) = plan.RatesFrom(catalogue);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO billing_periods (id, organization_id, client_plan_id, starts_on, ends_on, included_minutes,
                                         development_rate, support_rate, currency, created_at)
            SELECT id, $1, $2, starts_on, ends_on, $5, $6, $7, $8, $9
            FROM unnest($3::uuid[], $4::date[], $10::date[]) AS p (id, starts_on, ends_on)
            ON CONFLICT (client_plan_id, starts_on) DO NOTHING
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = plan.OrganizationId });
        command.Parameters.Add(new NpgsqlParameter { Value = plan.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = periods.Select(_ => Guid.CreateVersion7()).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = periods.Select(p => p.Start).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = catalogue.IncludedMinutes });
        command.Parameters.Add(new NpgsqlParameter { Value = development });
        command.Parameters.Add(new NpgsqlParameter { Value = support });
        command.Parameters.Add(new NpgsqlParameter { Value = catalogue.Currency });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        command.Parameters.Add(new NpgsqlParameter { Value = periods.Select(p => p.End).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The usage of the periods of <paramref name="clientPlanId"/> (only the one containing <paramref name="on"/> when given).</summary>
    public static async Task<IReadOnlyList<PeriodUsage>> UsageAsync(NpgsqlConnection connection, Guid clientPlanId, DateOnly? on, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(PlanUsageSql.PeriodUsage, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = clientPlanId });
        command.Parameters.Add(new NpgsqlParameter<DateOnly?> { TypedValue = on, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Date });
        command.Parameters.Add(new NpgsqlParameter { Value = PlanUsageSql.MinimumBilledMinutes });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var usage = new List<PeriodUsage>();
        while (await reader.ReadAsync(cancellationToken))
        {
            usage.Add(new PeriodUsage(
                reader.GetGuid(0),
                reader.GetFieldValue<DateOnly>(1),
                reader.GetFieldValue<DateOnly>(2),
                reader.GetInt32(3),
                reader.GetInt32(4),
                reader.GetInt32(5),
                reader.GetInt32(6)));
        }

        return usage;
    }

    /// <summary>
    /// Recomputes and records the usage of every period of <paramref name="clientPlanId"/> (what billing invoices from),
    /// and returns it.
    /// </summary>
    public static async Task<IReadOnlyList<PeriodUsage>> RecordAsync(NpgsqlConnection connection, Guid clientPlanId, TimeProvider clock, CancellationToken cancellationToken)
    {
        var usage = await UsageAsync(connection, clientPlanId, on: null, cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            UPDATE billing_periods b
            SET used_minutes = u.used, overage_development_minutes = u.development, overage_support_minutes = u.support,
                usage_recorded_at = $5
            FROM unnest($1::uuid[], $2::integer[], $3::integer[], $4::integer[]) AS u (id, used, development, support)
            WHERE b.id = u.id
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = usage.Select(u => u.PeriodId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = usage.Select(u => u.UsedMinutes).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = usage.Select(u => u.OverageDevelopmentMinutes).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = usage.Select(u => u.OverageSupportMinutes).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        await command.ExecuteNonQueryAsync(cancellationToken);
        return usage;
    }
}
