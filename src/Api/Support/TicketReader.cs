using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.Tenancy;
using KtPortal.Domain.Persistence;
using KtPortal.Domain.Support;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Fetching;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.Api.Support;

/// <summary>
/// Reads tickets, messages and timelines for GraphQL, always through both layers of tenant isolation: the
/// application's <see cref="TenantScope"/> (including hiding internal notes from non-staff) and a tenant
/// transaction under row-level security (<see cref="TenantDatabase"/>, or <see cref="TenantReadContext"/> for data
/// fields that run their query after the resolver returns).
/// </summary>
internal static class TicketReader
{
    /// <summary>The tickets <paramref name="viewer"/> may see.</summary>
    public static IQueryable<TicketNode> Tickets(PortalDbContext db, TenantScope scope, Viewer viewer)
        => scope.OwnedRows(db.Tickets, t => t.OrganizationId, viewer).Select(TicketNode.From);

    /// <summary>The messages <paramref name="viewer"/> may see: their tenants', and internal notes only for staff.</summary>
    public static IQueryable<TicketMessageNode> Messages(PortalDbContext db, TenantScope scope, Viewer viewer)
    {
        var messages = scope.OwnedRows(db.TicketMessages, m => m.OrganizationId, viewer);
        if (scope.IsEnabled && !viewer.IsStaff)
        {
            messages = messages.Where(m => !m.Internal);
        }

        return messages.Select(TicketMessageNode.From);
    }

    /// <summary>The timeline events <paramref name="viewer"/> may see: their tenants', and internal ones only for staff.</summary>
    public static IQueryable<TicketEventNode> Events(PortalDbContext db, TenantScope scope, Viewer viewer)
    {
        var events = scope.OwnedRows(db.TicketEvents, e => e.OrganizationId, viewer);
        if (scope.IsEnabled && !viewer.IsStaff)
        {
            events = events.Where(e => !e.Internal);
        }

        return events.Select(TicketEventNode.From);
    }

    /// <summary>The request's read context for <paramref name="viewer"/>.</summary>
    public static PortalDbContext ReadContext(IResolverContext context, Viewer viewer)
        => context.Service<TenantReadContext>().For(viewer);

    /// <summary>One ticket the caller may see, or null.</summary>
    public static async Task<TicketNode?> FindAsync(IResolverContext context, Guid id, CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        return await FindAsync(context.Service<TenantDatabase>(), context.Service<TenantScope>(), viewer, id, cancellationToken);
    }

    /// <summary>
    /// One ticket the caller may see, or null, loaded through the request's batch of tickets by id: the fields of a
    /// list (related tickets, the tickets of notifications) read all their tickets in one statement.
    /// </summary>
    public static async Task<TicketNode?> LoadAsync(IResolverContext context, Guid id, CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var database = context.Service<TenantDatabase>();
        var scope = context.Service<TenantScope>();
        return await context.BatchDataLoader<Guid, TicketNode?>(
                (keys, ct) => ByIdsAsync(database, scope, viewer, keys, ct), name: "KtPortal.Support.TicketsById")
            .LoadAsync(id, cancellationToken);
    }

    private static async Task<IReadOnlyDictionary<Guid, TicketNode?>> ByIdsAsync(
        TenantDatabase database, TenantScope scope, Viewer viewer, IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        var ids = keys.ToArray();
        var tickets = await database.RunAsync(viewer, (db, ct) => Tickets(db, scope, viewer).Where(t => ids.Contains(t.Id)).ToListAsync(ct), cancellationToken);
        return tickets.ToDictionary(t => t.Id, t => (TicketNode?)t);
    }

    /// <summary>One ticket <paramref name="viewer"/> may see, or null.</summary>
    public static Task<TicketNode?> FindAsync(TenantDatabase database, TenantScope scope, Viewer viewer, Guid id, CancellationToken cancellationToken)
        => database.RunAsync(viewer, (db, ct) => Tickets(db, scope, viewer).Where(t => t.Id == id).SingleOrDefaultAsync(ct), cancellationToken);

    /// <summary>The ratings of tickets, the latest per ticket.</summary>
    public static async Task<IReadOnlyDictionary<Guid, TicketRatingNode>> LatestRatingsAsync(
        TenantDatabase database, TenantScope scope, Viewer viewer, IReadOnlyList<Guid> ticketIds, CancellationToken cancellationToken)
    {
        var ids = ticketIds.ToArray();
        var ratings = await database.RunAsync(viewer, (db, ct) =>
            scope.OwnedRows(db.TicketRatings, r => r.OrganizationId, viewer)
                .Where(r => ids.Contains(r.TicketId))
                .Select(r => new { r.TicketId, r.Resolution, Node = new TicketRatingNode(r.Score, r.Comment, r.Resolution, r.CreatedAt) })
                .ToListAsync(ct), cancellationToken);
        return ratings.GroupBy(r => r.TicketId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Resolution)!.Node);
    }

    /// <summary>The queue positions of tickets (null for a ticket that is not NEW or OPEN), computed in SQL.</summary>
    public static Task<IReadOnlyDictionary<Guid, int?>> QueuePositionsAsync(
        TenantDatabase database, Viewer viewer, IReadOnlyList<Guid> ticketIds, CancellationToken cancellationToken)
    {
        var ids = ticketIds.ToArray();
        return database.RunAsync<IReadOnlyDictionary<Guid, int?>>(viewer, async (db, ct) =>
        {
            // ticket_queue_position answers only for tickets the session may see (migration 0009).
            var rows = await db.Database
                .SqlQuery<QueueRow>($"SELECT id AS \"Id\", ticket_queue_position(id) AS \"Position\" FROM unnest({ids}) AS id")
                .ToListAsync(ct);
            return rows.ToDictionary(r => r.Id, r => r.Position);
        }, cancellationToken);
    }

    /// <summary>The ids of the tickets related to <paramref name="ticketIds"/>, per ticket.</summary>
    public static async Task<ILookup<Guid, Guid>> RelatedAsync(
        TenantDatabase database, TenantScope scope, Viewer viewer, IReadOnlyList<Guid> ticketIds, CancellationToken cancellationToken)
    {
        var ids = ticketIds.ToArray();
        var links = await database.RunAsync(viewer, (db, ct) =>
            scope.OwnedRows(db.TicketLinks, l => l.OrganizationId, viewer)
                .Where(l => ids.Contains(l.TicketId) || ids.Contains(l.RelatedTicketId))
                .Select(l => new { l.TicketId, l.RelatedTicketId })
                .ToListAsync(ct), cancellationToken);
        return links.SelectMany(l => new[] { (From: l.TicketId, To: l.RelatedTicketId), (From: l.RelatedTicketId, To: l.TicketId) })
            .Where(l => ids.Contains(l.From))
            .ToLookup(l => l.From, l => l.To);
    }

    /// <summary>A row of the queue-position query.</summary>
    internal sealed record QueueRow(Guid Id, int? Position);

    /// <summary>Whether <paramref name="status"/> waits in the queue.</summary>
    public static bool IsQueued(TicketStatus status) => status is TicketStatus.New or TicketStatus.Open;
}
