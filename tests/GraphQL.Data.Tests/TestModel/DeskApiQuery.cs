using KtPortal.GraphQL.Data.Filtering;
using KtPortal.GraphQL.Data.Paging;
using KtPortal.GraphQL.Data.Projection;
using KtPortal.GraphQL.Data.Sorting;

namespace KtPortal.GraphQL.Data.Tests.TestModel;

/// <summary>The desk's root fields as an application declares them: paged, projected, filtered and sorted.</summary>
public sealed class DeskApiQuery
{
    /// <summary>Tickets.</summary>
    [UsePaging]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public IQueryable<Ticket> GetTickets([Service] DeskContext db) => db.Tickets;
}
