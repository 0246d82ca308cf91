using System.Globalization;
using KtPortal.Api.Support;
using KtPortal.Api.Tenancy;
using KtPortal.Domain.Persistence;
using KtPortal.Domain.Plans;
using KtPortal.Domain.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KtPortal.Api.Plans;

/// <summary>
/// Logging time on tickets. One tenant transaction per entry: the entry, its TIME_LOGGED timeline event, the usage
/// recorded on the client's billing periods and the 80%/100% notices commit together or not at all. Writers of one
/// client take its plan lock (<see cref="PlanLocks"/>), so the usage each records includes every entry committed
/// before it, and the usage read back is computed from the entries themselves.
/// </summary>
public sealed class TimeLog(TenantDatabase database, PlanScope scope, TimeProvider clock)
{
    /// <summary>A time entry as asked for.</summary>
    /// <param name="TicketId">The ticket.</param>
    /// <param name="Minutes">Minutes worked, 1 to 1,440.</param>
    /// <param name="WorkDate">The day of the work; today when not given.</param>
    /// <param name="Description">What was done.</param>
    /// <param name="Billable">Whether the client is billed.</param>
    /// <param name="RateType">The rate; by default from the ticket's type.</param>
    public sealed record Request(Guid TicketId, int Minutes, DateOnly? WorkDate, string Description, bool Billable, RateType? RateType);

    /// <summary>Logs time for <paramref name="viewer"/> (staff; row-level security refuses anyone else).</summary>
    /// <exception cref="InvalidTimeEntryException">The minutes, work date or description are refused; nothing is written.</exception>
    /// <exception cref="TicketNotFoundException">No such ticket the caller may see; nothing is written.</exception>
    public async Task<LoggedTime> LogAsync(Viewer viewer, Request request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var workDate = request.WorkDate ?? today;
        if (TimeEntry.Validate(request.Minutes, workDate, request.Description, today) is { } problem)
        {
            throw new InvalidTimeEntryException(problem);
        }

        if (viewer.UserId is not { } userId)
        {
            throw new InvalidOperationException("Only a signed-in staff member logs time.");
        }

        return await database.RunAsync(viewer, async (db, ct) =>
        {
            var ticket = await scope.Tickets(db.Tickets, viewer).AsNoTracking().SingleOrDefaultAsync(t => t.Id == request.TicketId, ct)
                ?? throw new TicketNotFoundException();
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await PlanLocks.LockOrganizationAsync(connection, ticket.OrganizationId, ct);

            var entry = TimeEntry.Log(
                Guid.CreateVersion7(), ticket, userId, request.Minutes, workDate, request.Description, request.Billable, request.RateType, today, now);
            db.TimeEntries.Add(entry);
            db.TicketEvents.Add(TicketEvent.Record(
                Guid.CreateVersion7(),
                ticket,
                TicketEventKind.TimeLogged,
                userId,
                now,
                new Dictionary<string, string?>
                {
                    ["timeEntryId"] = entry.Id.ToString("D"),
                    ["minutes"] = entry.Minutes.ToString(CultureInfo.InvariantCulture),
                    ["workDate"] = entry.WorkDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["billable"] = entry.Billable ? "true" : "false",
                    ["rateType"] = EnumText.ToText(entry.RateType),
                },
                // Non-billable time is the agency's own business: only staff see it on the timeline.
                isInternal: !entry.Billable));
            await db.SaveChangesAsync(ct);

            var usage = await RecordUsageAsync(db, connection, viewer, ticket.OrganizationId, workDate, today, ct);
            return new LoggedTime(entry, usage, ticket.Priority);
        }, cancellationToken);
    }

    /// <summary>
    /// Records the usage of every period of the organization's client plans (a top-up may move between periods, even
    /// between plans, when earlier time is logged) and sends the notices now due. Returns the usage of the period
    /// containing <paramref name="workDate"/>, if any: what <c>planUsage</c> would read for that day.
    /// </summary>
    private async Task<PlanUsageView?> RecordUsageAsync(
        PortalDbContext db, NpgsqlConnection connection, Viewer viewer, Guid organizationId, DateOnly workDate, DateOnly today, CancellationToken cancellationToken)
    {
        var plans = await scope.ClientPlans(db.ClientPlans, viewer).AsNoTracking().Where(p => p.OrganizationId == organizationId)
            .Join(db.MaintenancePlans.AsNoTracking(), c => c.PlanId, p => p.Id, (c, p) => new { Client = c, Plan = p })
            .ToListAsync(cancellationToken);
        PlanUsageView? charged = null;
        foreach (var plan in plans)
        {
            await BillingPeriods.EnsureAsync(connection, plan.Client, plan.Plan, today, clock, cancellationToken);
            var usage = await BillingPeriods.RecordAsync(connection, plan.Client.Id, clock, cancellationToken);
            if (charged is null && usage.FirstOrDefault(u => workDate >= u.StartsOn && workDate < u.EndsOn) is { } period)
            {
                charged = new PlanUsageView(organizationId, plan.Plan, plan.Client, period);
            }

            await PlanNotices.SendAsync(connection, organizationId, plan.Plan.Name, usage, clock, cancellationToken);
        }

        return charged;
    }
}
