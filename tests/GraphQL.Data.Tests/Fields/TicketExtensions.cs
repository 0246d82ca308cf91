using System.Linq.Expressions;
using KtPortal.GraphQL.Data.Paging;
using KtPortal.GraphQL.Data.Projection;
using KtPortal.GraphQL.Data.Tests.TestModel;

namespace KtPortal.GraphQL.Data.Tests.Fields;

/// <summary>Fields the API adds to tickets.</summary>
[ExtendObjectType(typeof(Ticket))]
public sealed class TicketExtensions
{
    /// <summary>
    /// The ticket's messages, newest first, paged. Every ticket's resolver returns a query on the request's one
    /// context; the paging middleware loads the pages of all tickets in one statement on it.
    /// </summary>
    [UsePaging]
    [UseProjection]
    public DataQuery<Message> GetThread([Parent] Ticket ticket, [Service] DeskContext db)
        => db.Messages.ByParent(m => m.TicketId, ticket.Id)
            .OrderBy([new SortKey((Expression<Func<Message, DateTimeOffset>>)(m => m.CreatedAt), Descending: true)]);

    /// <summary>
    /// The messages the requester wrote: the query reads the parent's requester besides its key, so no two tickets
    /// share a batch. The parent is projected, so the field names the member it reads besides the key.
    /// </summary>
    [UsePaging]
    [UseProjection]
    [Requires(nameof(Ticket.RequesterId))]
    public DataQuery<Message> GetRequesterThread([Parent] Ticket ticket, [Service] DeskContext db)
    {
        var requester = ticket.RequesterId;
        return db.Messages.Where(m => m.AuthorId == requester).ByParent(m => m.TicketId, ticket.Id);
    }

    /// <summary>How long ago the ticket was filed, at the generated data's epoch.</summary>
    [Requires(nameof(Ticket.CreatedAt))]
    public int GetAgeInDays([Parent] Ticket ticket) => (int)(DeskData.Epoch.AddDays(30) - ticket.CreatedAt).TotalDays;
}
