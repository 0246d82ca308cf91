using System.Linq.Expressions;
using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.Tenancy;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Data;
using KtPortal.GraphQL.Data.Filtering;
using KtPortal.GraphQL.Data.Paging;
using KtPortal.GraphQL.Data.Projection;
using KtPortal.GraphQL.Data.Sorting;
using KtPortal.GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace KtPortal.Api.Support;

/// <summary>Reading tickets.</summary>
[QueryType]
public sealed class TicketQueries
{
    private static readonly IReadOnlyList<SortKey> NewestFirst =
    [
        new((Expression<Func<TicketNode, DateTimeOffset>>)(t => t.CreatedAt), Descending: true),
    ];

    /// <summary>
    /// The tickets the caller may see, newest first unless <c>order</c> says otherwise: a client's their
    /// organization's, a partner's those of its clients, staff every ticket.
    /// </summary>
    [Authorize]
    [UsePaging]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public async Task<DataQuery<TicketNode>> GetTicketsAsync(IResolverContext context, CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var source = TicketReader.Tickets(TicketReader.ReadContext(context, viewer), context.Service<TenantScope>(), viewer);
        return new DataQuery<TicketNode>(source).OrderBy(NewestFirst);
    }

    /// <summary>The categories a new ticket may have.</summary>
    public IReadOnlyList<string> TicketCategories([Service] IOptions<SupportOptions> options) => options.Value.EffectiveCategories;
}
