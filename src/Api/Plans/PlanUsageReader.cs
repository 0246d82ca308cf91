using KtPortal.Api.Tenancy;
using KtPortal.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KtPortal.Api.Plans;

/// <summary>
/// Reads a client's plan usage, computed in SQL from the time entries in the caller's own tenant transaction, so a
/// client never reads another tenant's usage (the application scope and row-level security both see to it).
/// </summary>
public sealed class PlanUsageReader(NpgsqlDataSource dataSource, TenantDatabase database, PlanScope scope, TimeProvider clock)
{
    /// <summary>
    /// The usage of the period of <paramref name="organizationId"/>'s plan that contains <paramref name="on"/> (today when
    /// not given); <see langword="null"/> when the caller may not see the organization, it has no plan covering that day,
    /// or the day is in the future.
    /// </summary>
    public async Task<PlanUsageView?> ReadAsync(Viewer viewer, Guid organizationId, DateOnly? on, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var day = on ?? today;
        if (day > today || !scope.CanSee(viewer, organizationId))
        {
            return null;
        }

        // One tenant transaction when the period exists already (the usual case: a read writes nothing).
        var found = await database.RunAsync(viewer, async (db, ct) =>
        {
            var clientPlan = await scope.ClientPlans(db.ClientPlans, viewer).AsNoTracking()
                .Where(p => p.OrganizationId == organizationId && p.StartsOn <= day && (p.EndedOn == null || p.EndedOn >= day))
                .SingleOrDefaultAsync(ct);
            if (clientPlan is null)
            {
                return (null, null, null);
            }

            var plan = await db.MaintenancePlans.AsNoTracking().SingleAsync(p => p.Id == clientPlan.PlanId, ct);
            var existing = await BillingPeriods.UsageAsync((NpgsqlConnection)db.Database.GetDbConnection(), clientPlan.Id, day, ct);
            return ((ClientPlan?)clientPlan, (MaintenancePlan?)plan, (IReadOnlyList<PeriodUsage>?)existing);
        }, cancellationToken);
        if (found is not ({ } client, { } catalogue, var existingUsage))
        {
            return null;
        }

        if (existingUsage is [var existingPeriod])
        {
            return new PlanUsageView(organizationId, catalogue, client, existingPeriod);
        }

        // The period is missing: periods are made lazily, and a client may not write them, so this idempotent step runs
        // on the owner's connection, only for a plan the caller was just allowed to read, and under the client's plan
        // lock so it never races an ending plan.
        await using (var owner = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            await using var transaction = await owner.BeginTransactionAsync(cancellationToken);
            await PlanLocks.LockOrganizationAsync(owner, organizationId, cancellationToken);
            await BillingPeriods.EnsureAsync(owner, client, catalogue, day, clock, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var usage = await database.RunAsync(viewer, async (db, ct) =>
            await BillingPeriods.UsageAsync((NpgsqlConnection)db.Database.GetDbConnection(), client.Id, day, ct), cancellationToken);
        return usage is [var period] ? new PlanUsageView(organizationId, catalogue, client, period) : null;
    }
}
