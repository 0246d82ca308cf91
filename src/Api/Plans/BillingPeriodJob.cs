using KtPortal.Api.Infrastructure;
using KtPortal.Domain.Persistence;
using KtPortal.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KtPortal.Api.Plans;

/// <summary>
/// The plans' background job, at start-up and then every <see cref="RunInterval"/>: for every client plan that covers
/// today or ended within the last month, it makes the periods through today (so a new month's period exists before
/// anyone logs time in it), records their usage again, and sends any 80%/100% notice now due. Recording again catches
/// what the plans code did not see happen, such as a ticket's type or category changing. Every step is idempotent
/// and runs under the client's plan lock. A failed run is logged and retried on the next tick; it never stops the host.
/// </summary>
public sealed class BillingPeriodJob(NpgsqlDataSource dataSource, TimeProvider clock, ILogger<BillingPeriodJob> logger)
    : PeriodicJob(clock, logger)
{
    /// <summary>How often the job runs.</summary>
    public static readonly TimeSpan RunInterval = TimeSpan.FromHours(1);

    /// <summary>Runs the job once; returns how many client plans it brought up to date.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        var recent = today.AddMonths(-1);
        List<(ClientPlan Client, MaintenancePlan Plan)> plans;
        await using (var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseNpgsql(dataSource).Options))
        {
            plans = [.. (await db.ClientPlans.AsNoTracking()
                    .Where(c => c.StartsOn <= today && (c.EndedOn == null || c.EndedOn >= recent))
                    .Join(db.MaintenancePlans.AsNoTracking(), c => c.PlanId, p => p.Id, (c, p) => new { Client = c, Plan = p })
                    .ToListAsync(cancellationToken))
                .Select(x => (x.Client, x.Plan))];
        }

        foreach (var (client, plan) in plans)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

            // The job acts for the agency: plan_usage_notify sends notices for staff sessions only.
            await using (var staff = new NpgsqlCommand("SELECT set_config('app.is_staff', 'on', true)", connection))
            {
                await staff.ExecuteNonQueryAsync(cancellationToken);
            }

            await PlanLocks.LockOrganizationAsync(connection, client.OrganizationId, cancellationToken);
            await BillingPeriods.EnsureAsync(connection, client, plan, today, Clock, cancellationToken);
            var usage = await BillingPeriods.RecordAsync(connection, client.Id, Clock, cancellationToken);
            await PlanNotices.SendAsync(connection, client.OrganizationId, plan.Name, usage, Clock, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return plans.Count;
    }

    /// <inheritdoc />
    protected override TimeSpan Interval => RunInterval;

    /// <inheritdoc />
    protected override Task RunScheduledAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);
}
