using KtPortal.Api.Tenancy;
using KtPortal.Domain.Identity;
using KtPortal.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KtPortal.Api.Plans;

/// <summary>
/// The staff's side of plans: the catalogue, putting a client on a plan (with its own rates) and ending it. Every call
/// runs in a tenant transaction (<see cref="TenantDatabase"/>), so row-level security refuses a non-staff writer even
/// if a caller forgot to check; a refused call writes nothing.
/// </summary>
public sealed class PlanCatalog(TenantDatabase database, TenantScope tenants, PlanScope scope, TimeProvider clock)
{
    /// <summary>The catalogue, by name.</summary>
    public Task<IReadOnlyList<MaintenancePlan>> ListAsync(Viewer viewer, CancellationToken cancellationToken)
        => database.RunAsync<IReadOnlyList<MaintenancePlan>>(
            viewer, async (db, ct) => await db.MaintenancePlans.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct), cancellationToken);

    /// <summary>The plan <paramref name="id"/>, or <see langword="null"/>.</summary>
    public Task<MaintenancePlan?> FindAsync(Viewer viewer, Guid id, CancellationToken cancellationToken)
        => database.RunAsync(viewer, (db, ct) => db.MaintenancePlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct), cancellationToken);

    /// <summary>Adds a plan to the catalogue.</summary>
    /// <exception cref="InvalidPlanInputException">The terms are invalid.</exception>
    /// <exception cref="PlanNameTakenException">Another plan has the name.</exception>
    public async Task<MaintenancePlan> CreateAsync(Viewer viewer, PlanTerms terms, CancellationToken cancellationToken)
    {
        ThrowIfInvalid(terms);
        var plan = new MaintenancePlan(Guid.CreateVersion7(), terms, clock.GetUtcNow());
        try
        {
            await database.RunAsync(viewer, (db, ct) =>
            {
                db.MaintenancePlans.Add(plan);
                return db.SaveChangesAsync(ct);
            }, cancellationToken);
        }
        catch (DbUpdateException exception) when (IsUniqueViolation(exception))
        {
            throw new PlanNameTakenException(plan.Name);
        }

        return plan;
    }

    /// <summary>Changes a plan's terms. Clients on it keep their billing-cycle day; existing periods keep their included hours and rates.</summary>
    /// <exception cref="MaintenancePlanNotFoundException">No such plan.</exception>
    /// <exception cref="InvalidPlanInputException">The changed terms are invalid.</exception>
    /// <exception cref="PlanNameTakenException">Another plan has the new name.</exception>
    public async Task<MaintenancePlan> UpdateAsync(Viewer viewer, Guid id, Func<PlanTerms, PlanTerms> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var name = string.Empty;
        try
        {
            return await database.RunAsync(viewer, async (db, ct) =>
            {
                var plan = await db.MaintenancePlans.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new MaintenancePlanNotFoundException();
                var terms = change(TermsOf(plan));
                ThrowIfInvalid(terms);
                name = terms.Name.Trim();
                plan.Update(terms, clock.GetUtcNow());
                await db.SaveChangesAsync(ct);
                return plan;
            }, cancellationToken);
        }
        catch (DbUpdateException exception) when (IsUniqueViolation(exception))
        {
            throw new PlanNameTakenException(name);
        }
    }

    /// <summary>
    /// Puts a client organization on a plan from <paramref name="startsOn"/>, with its own rates, and makes its periods
    /// through today.
    /// </summary>
    /// <exception cref="ClientOrganizationNotFoundException">No such client organization (or not visible).</exception>
    /// <exception cref="MaintenancePlanNotFoundException">No such plan.</exception>
    /// <exception cref="InvalidPlanInputException">A rate is invalid.</exception>
    /// <exception cref="ClientPlanActiveException">The client has an active plan, or one that covers <paramref name="startsOn"/>.</exception>
    public async Task<ClientPlan> AssignAsync(
        Viewer viewer, Guid organizationId, Guid planId, DateOnly startsOn, RateOverrides overrides, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        if (overrides.DevelopmentRate is { } development && !PlanTerms.IsAmount(development))
        {
            throw new InvalidPlanInputException("developmentRate", "The development rate must be 0 or more, with at most two decimals.");
        }

        if (overrides.SupportRate is { } support && !PlanTerms.IsAmount(support))
        {
            throw new InvalidPlanInputException("supportRate", "The support rate must be 0 or more, with at most two decimals.");
        }

        try
        {
            return await database.RunAsync(viewer, async (db, ct) =>
            {
                var organization = await tenants.Organizations(db.Organizations, viewer)
                    .SingleOrDefaultAsync(o => o.Id == organizationId && o.Kind == OrganizationKind.Client, ct)
                    ?? throw new ClientOrganizationNotFoundException();
                var plan = await db.MaintenancePlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, ct)
                    ?? throw new MaintenancePlanNotFoundException();
                var connection = (NpgsqlConnection)db.Database.GetDbConnection();
                await PlanLocks.LockOrganizationAsync(connection, organization.Id, ct);

                // Two plans must never cover one day: the partial unique index guards the active one, the lock the rest.
                if (await scope.ClientPlans(db.ClientPlans, viewer).AnyAsync(p => p.OrganizationId == organization.Id && (p.EndedOn == null || p.EndedOn >= startsOn), ct))
                {
                    throw new ClientPlanActiveException();
                }

                var clientPlan = new ClientPlan(Guid.CreateVersion7(), organization.Id, plan, startsOn, overrides, clock.GetUtcNow());
                db.ClientPlans.Add(clientPlan);
                await db.SaveChangesAsync(ct);
                await BillingPeriods.EnsureAsync(connection, clientPlan, plan, Today(), clock, ct);
                await BillingPeriods.RecordAsync(connection, clientPlan.Id, clock, ct);
                return clientPlan;
            }, cancellationToken);
        }
        catch (DbUpdateException exception) when (IsUniqueViolation(exception))
        {
            throw new ClientPlanActiveException();
        }
    }

    /// <summary>Ends a client's active plan: <paramref name="lastDay"/> (today when not given) is the last day it covers.</summary>
    /// <exception cref="ClientOrganizationNotFoundException">No such client organization (or not visible).</exception>
    /// <exception cref="NoActiveClientPlanException">The client has no active plan.</exception>
    /// <exception cref="InvalidPlanInputException">The last day is before the plan's start.</exception>
    public Task<ClientPlan> EndAsync(Viewer viewer, Guid organizationId, DateOnly? lastDay, CancellationToken cancellationToken)
        => database.RunAsync(viewer, async (db, ct) =>
        {
            if (!await tenants.Organizations(db.Organizations, viewer).AnyAsync(o => o.Id == organizationId && o.Kind == OrganizationKind.Client, ct))
            {
                throw new ClientOrganizationNotFoundException();
            }

            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await PlanLocks.LockOrganizationAsync(connection, organizationId, ct);
            var clientPlan = await scope.ClientPlans(db.ClientPlans, viewer).SingleOrDefaultAsync(p => p.OrganizationId == organizationId && p.EndedOn == null, ct)
                ?? throw new NoActiveClientPlanException();
            var last = lastDay ?? Today();
            if (last < clientPlan.StartsOn)
            {
                throw new InvalidPlanInputException("lastDay", "A client plan cannot end before it starts.");
            }

            clientPlan.End(last);
            await db.SaveChangesAsync(ct);

            // Periods after the last day go; the one containing it now ends after it.
            foreach (var sql in (string[])[
                "DELETE FROM billing_periods WHERE client_plan_id = $1 AND starts_on > $2",
                "UPDATE billing_periods SET ends_on = $2 + 1 WHERE client_plan_id = $1 AND ends_on > $2 + 1"])
            {
                await using var clip = new NpgsqlCommand(sql, connection);
                clip.Parameters.Add(new NpgsqlParameter { Value = clientPlan.Id });
                clip.Parameters.Add(new NpgsqlParameter { Value = last });
                await clip.ExecuteNonQueryAsync(ct);
            }

            await BillingPeriods.RecordAsync(connection, clientPlan.Id, clock, ct);
            return clientPlan;
        }, cancellationToken);

    /// <summary>The terms of <paramref name="plan"/>, to change some of them; empty terms for none.</summary>
    public static PlanTerms TermsOf(MaintenancePlan? plan) => plan is null
        ? new PlanTerms(string.Empty, 0, [], [], 0, 0, 0, string.Empty, 1)
        : new PlanTerms(
            plan.Name, plan.IncludedMinutes, plan.CoveredTicketTypes, plan.CoveredCategories, plan.DevelopmentRate,
            plan.SupportRate, plan.MonthlyFee, plan.Currency, plan.BillingCycleDay);

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static void ThrowIfInvalid(PlanTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Validate() is { } problem)
        {
            throw new InvalidPlanInputException(problem.Field, problem.Message);
        }
    }

    private static bool IsUniqueViolation(DbUpdateException exception)
        => exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
