using KtPortal.GraphQL.Data.Filtering;
using KtPortal.GraphQL.Data.Projection;
using KtPortal.GraphQL.Data.Sorting;
using KtPortal.GraphQL.Data.Tests.TestModel;

namespace KtPortal.GraphQL.Data.Tests.Filtering;

/// <summary>List fields over the desk model, filtered and sorted, without paging: each returns every match.</summary>
public sealed class DeskQuery
{
    [UseFiltering]
    [UseSorting]
    public IQueryable<Ticket> Tickets([Service] DeskContext context) => context.Tickets;

    // The same tickets, projected: the list the data layer writes as SQL itself (the one above runs through EF Core).
    // No description, so that the printed Query type stays one block (FilterSchemaTests).
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public IQueryable<Ticket> ProjectedTickets([Service] DeskContext context) => context.Tickets;

    [UseFiltering]
    [UseSorting]
    public IQueryable<User> Users([Service] DeskContext context) => context.Users;
}
