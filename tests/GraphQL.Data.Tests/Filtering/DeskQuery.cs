using KtPortal.GraphQL.Data.Filtering;
using KtPortal.GraphQL.Data.Sorting;
using KtPortal.GraphQL.Data.Tests.TestModel;

namespace KtPortal.GraphQL.Data.Tests.Filtering;

/// <summary>List fields over the desk model, filtered and sorted, without paging: each returns every match.</summary>
public sealed class DeskQuery
{
    [UseFiltering]
    [UseSorting]
    public IQueryable<Ticket> Tickets([Service] DeskContext context) => context.Tickets;

    [UseFiltering]
    [UseSorting]
    public IQueryable<User> Users([Service] DeskContext context) => context.Users;
}
