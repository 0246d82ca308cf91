using KtPortal.Api.Plans.GraphQL;
using KtPortal.Api.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.Api.Plans;

/// <summary>Batched reads of tickets' time, through both layers of tenant isolation.</summary>
internal static class TimeReader
{
    /// <summary>The time entries of each ticket, by work date then when logged.</summary>
    public static Task<ILookup<Guid, TimeEntryObject>> EntriesAsync(
        TenantDatabase database, PlanScope scope, Viewer viewer, IReadOnlyList<Guid> ticketIds, CancellationToken cancellationToken)
    {
        var ids = ticketIds.ToArray();
        return database.RunAsync(viewer, async (db, ct) =>
        {
            var entries = await scope.TimeEntries(db.TimeEntries, viewer).AsNoTracking()
                .Where(e => ids.Contains(e.TicketId))
                .OrderBy(e => e.WorkDate).ThenBy(e => e.CreatedAt).ThenBy(e => e.Id)
                .ToListAsync(ct);
            return entries.ToLookup(e => e.TicketId, TimeEntryObject.From);
        }, cancellationToken);
    }

    /// <summary>The billable minutes of each ticket (0 for a ticket without any).</summary>
    public static Task<IReadOnlyDictionary<Guid, int>> BillableMinutesAsync(
        TenantDatabase database, PlanScope scope, Viewer viewer, IReadOnlyList<Guid> ticketIds, CancellationToken cancellationToken)
    {
        var ids = ticketIds.ToArray();
        return database.RunAsync<IReadOnlyDictionary<Guid, int>>(viewer, async (db, ct) =>
        {
            var sums = await scope.TimeEntries(db.TimeEntries, viewer)
                .Where(e => ids.Contains(e.TicketId) && e.Billable)
                .GroupBy(e => e.TicketId)
                .Select(g => new { TicketId = g.Key, Minutes = g.Sum(e => e.Minutes) })
                .ToDictionaryAsync(x => x.TicketId, x => x.Minutes, ct);
            return ids.Distinct().ToDictionary(id => id, id => sums.GetValueOrDefault(id));
        }, cancellationToken);
    }
}
