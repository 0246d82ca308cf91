using System.Text.Json;
using KtPortal.Api.Tenancy;
using KtPortal.Domain.Support;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.Api.Support.Dashboard;

/// <summary>
/// Reads the client's home page: open tickets counted by status and the latest public timeline events, over the
/// tickets of the caller's organizations (staff: of every client). Both layers of tenant isolation apply: the
/// application's filter here (organizations, and never an internal event) and row-level security through
/// <see cref="TenantDatabase"/> (migration 0009 hides other tenants, and internal events from non-staff sessions).
/// Counts are computed in SQL.
/// </summary>
public sealed class DashboardReader(TenantDatabase database, TenantScope scope)
{
    /// <summary>The most events <see cref="RecentActivityAsync"/> returns.</summary>
    public const int MaxActivity = 50;

    /// <summary>The open statuses, in the order of a ticket's life.</summary>
    public static IReadOnlyList<TicketStatus> OpenStatuses { get; } =
        [TicketStatus.New, TicketStatus.Open, TicketStatus.InProgress, TicketStatus.WaitingOnClient];

    /// <summary>The caller's open tickets by status.</summary>
    public async Task<OpenTicketCounts> OpenTicketsAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var open = OpenStatuses.ToArray();
        var counts = await database.RunAsync(viewer, (db, ct) =>
            Tickets(db.Tickets, viewer)
                .Where(t => open.Contains(t.Status))
                .GroupBy(t => t.Status)
                .Select(g => new { Status = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Status, g => g.Count, ct), cancellationToken);
        var byStatus = OpenStatuses.Select(s => new TicketStatusCount(s, counts.GetValueOrDefault(s))).ToList();
        return new OpenTicketCounts(byStatus.Sum(s => s.Count), byStatus);
    }

    /// <summary>The latest <paramref name="first"/> public events on the caller's tickets, newest first.</summary>
    public async Task<IReadOnlyList<DashboardActivity>> RecentActivityAsync(Viewer viewer, int first, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(first);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(first, MaxActivity);
        var rows = await database.RunAsync(viewer, (db, ct) =>
            Events(db.TicketEvents, viewer)
                .Join(Tickets(db.Tickets, viewer), e => e.TicketId, t => t.Id, (e, t) => new { Event = e, t.Number, t.Title })
                .OrderByDescending(x => x.Event.CreatedAt).ThenByDescending(x => x.Event.Id)
                .Take(first)
                .Select(x => new { x.Event.Kind, x.Event.CreatedAt, x.Event.TicketId, x.Number, x.Title, x.Event.Data })
                .ToListAsync(ct), cancellationToken);
        return [.. rows.Select(r => new DashboardActivity(r.Kind, r.CreatedAt, r.TicketId, Ticket.FormatNumber(r.Number), r.Title, Parse(r.Data)))];
    }

    private IQueryable<Ticket> Tickets(IQueryable<Ticket> source, Viewer viewer)
        => scope.OwnedRows(source, t => t.OrganizationId, viewer);

    // The dashboard is the client's page: internal events never show on it, whoever asks.
    private IQueryable<TicketEvent> Events(IQueryable<TicketEvent> source, Viewer viewer)
        => scope.IsEnabled ? scope.OwnedRows(source.Where(e => !e.Internal), e => e.OrganizationId, viewer) : source;

    private static JsonElement Parse(string data)
    {
        using var document = JsonDocument.Parse(data);
        return document.RootElement.Clone();
    }
}
