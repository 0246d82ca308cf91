using System.Linq.Expressions;
using KtPortal.GraphQL.Data.Paging;
using KtPortal.GraphQL.Data.Projection;
using KtPortal.GraphQL.Data.Tests.TestModel;

namespace KtPortal.GraphQL.Data.Tests.Fields;

/// <summary>The desk's root fields as an API would declare them, with the ordering a sorting middleware would set.</summary>
public sealed class DeskQuery
{
    /// <summary>Tickets, newest first.</summary>
    [UsePaging]
    [UseProjection]
    public DataQuery<Ticket> GetTickets([Service] DeskContext db)
        => new DataQuery<Ticket>(db.Tickets).OrderBy([new SortKey((Expression<Func<Ticket, DateTimeOffset>>)(t => t.CreatedAt), Descending: true)]);

    /// <summary>Tickets by priority (descending) and estimate.</summary>
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    public DataQuery<Ticket> GetTicketsByPriority([Service] DeskContext db)
        => new DataQuery<Ticket>(db.Tickets).OrderBy(
        [
            new SortKey((Expression<Func<Ticket, TicketPriority>>)(t => t.Priority), Descending: true),
            new SortKey((Expression<Func<Ticket, int?>>)(t => t.EstimatedMinutes), Descending: false),
        ]);

    /// <summary>The first tickets, not paged.</summary>
    [UseProjection]
    public IQueryable<Ticket> GetFirstTickets([Service] DeskContext db) => db.Tickets.Where(t => t.Id <= 3).OrderBy(t => t.Id);
}
