using System.Linq.Expressions;
using System.Text.Json;
using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.Tenancy;
using KtPortal.Domain.Support;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Data;
using KtPortal.GraphQL.Data.Filtering;
using KtPortal.GraphQL.Data.Paging;
using KtPortal.GraphQL.Data.Projection;
using KtPortal.GraphQL.Data.Sorting;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Fetching;
using Npgsql;

namespace KtPortal.Api.Support;

/// <summary>The computed fields of <c>Ticket</c>: people, messages, timeline, queue position, rating.</summary>
[ExtendObjectType(typeof(TicketNode))]
public sealed class TicketFields
{
    private static readonly IReadOnlyList<SortKey> Chronological =
    [
        new((Expression<Func<TicketMessageNode, DateTimeOffset>>)(m => m.CreatedAt), Descending: false),
    ];

    private static readonly IReadOnlyList<SortKey> ChronologicalEvents =
    [
        new((Expression<Func<TicketEventNode, DateTimeOffset>>)(e => e.CreatedAt), Descending: false),
    ];

    // The parent-key selectors are built once: a lambda written at the call would be a new expression tree (about
    // 0.5 KB and half a microsecond) for every ticket of a page.
    private static readonly Expression<Func<TicketMessageNode, Guid>> MessageTicket = m => m.TicketId;

    private static readonly Expression<Func<TicketEventNode, Guid>> EventTicket = e => e.TicketId;

    /// <summary>The ticket's number as people write it: <c>KT-1042</c>.</summary>
    [Requires(nameof(TicketNode.NumberValue))]
    public string Number([Parent] TicketNode ticket) => Ticket.FormatNumber(ticket.NumberValue);

    /// <summary>The client organization the ticket belongs to.</summary>
    public Task<OrganizationNode?> OrganizationAsync([Parent] TicketNode ticket, IResolverContext context, CancellationToken cancellationToken)
    {
        var dataSource = context.Service<NpgsqlDataSource>();
        return context.BatchDataLoader<Guid, OrganizationNode?>((keys, ct) => OrganizationsAsync(dataSource, keys, ct), name: "KtPortal.Support.TicketOrganizations")
            .LoadAsync(ticket.OrganizationId, cancellationToken);
    }

    /// <summary>Who filed the ticket.</summary>
    public async Task<UserNode> RequesterAsync([Parent] TicketNode ticket, IResolverContext context, CancellationToken cancellationToken)
        => await TicketPeople.LoadAsync(context, ticket.RequesterId, cancellationToken)
            ?? throw new InvalidOperationException($"The requester of ticket {ticket.Id} does not exist.");

    /// <summary>The staff member working the ticket, if any.</summary>
    public Task<UserNode?> AssigneeAsync([Parent] TicketNode ticket, IResolverContext context, CancellationToken cancellationToken)
        => ticket.AssigneeId is { } id ? TicketPeople.LoadAsync(context, id, cancellationToken) : Task.FromResult<UserNode?>(null);

    /// <summary>Custom fields, a JSON object.</summary>
    [Requires(nameof(TicketNode.CustomFieldsJson))]
    public JsonElement CustomFields([Parent] TicketNode ticket)
    {
        using var document = JsonDocument.Parse(ticket.CustomFieldsJson);
        return document.RootElement.Clone();
    }

    /// <summary>
    /// The ticket's place in its priority's queue, first come first served among NEW and OPEN tickets of every
    /// client (1 is next); null when the ticket is not queued.
    /// </summary>
    public async Task<int?> QueuePositionAsync([Parent] TicketNode ticket, IResolverContext context, CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var database = context.Service<TenantDatabase>();
        return await context.BatchDataLoader<Guid, int?>(
                (keys, ct) => TicketReader.QueuePositionsAsync(database, viewer, keys, ct), name: "KtPortal.Support.QueuePositions")
            .LoadAsync(ticket.Id, cancellationToken);
    }

    /// <summary>The client's rating of the latest resolution that was rated, if any.</summary>
    public async Task<TicketRatingNode?> RatingAsync([Parent] TicketNode ticket, IResolverContext context, CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var database = context.Service<TenantDatabase>();
        var scope = context.Service<TenantScope>();
        return await context.BatchDataLoader<Guid, TicketRatingNode?>(
                async (keys, ct) => (await TicketReader.LatestRatingsAsync(database, scope, viewer, keys, ct)).ToDictionary(r => r.Key, r => (TicketRatingNode?)r.Value),
                name: "KtPortal.Support.Ratings")
            .LoadAsync(ticket.Id, cancellationToken);
    }

    /// <summary>Tickets of the same organization marked as related.</summary>
    public async Task<IReadOnlyList<TicketNode>> RelatedTicketsAsync([Parent] TicketNode ticket, IResolverContext context, CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var database = context.Service<TenantDatabase>();
        var scope = context.Service<TenantScope>();
        var related = await context.GroupDataLoader<Guid, Guid>(
                async (keys, ct) => await TicketReader.RelatedAsync(database, scope, viewer, keys, ct), name: "KtPortal.Support.RelatedIds")
            .LoadAsync(ticket.Id, cancellationToken);
        var tickets = await Task.WhenAll(related.Select(id => TicketReader.LoadAsync(context, id, cancellationToken)));
        return [.. tickets.OfType<TicketNode>().OrderBy(t => t.NumberValue)];
    }

    /// <summary>
    /// The conversation, oldest first: public replies, and internal notes for staff only (a client never gets
    /// them, nor counts them in <c>totalCount</c>).
    /// </summary>
    [UsePaging]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public async Task<DataQuery<TicketMessageNode>> GetMessagesAsync([Parent] TicketNode ticket, IResolverContext context, CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var source = SharedSource(context, "KtPortal.Support.Messages", viewer,
            v => TicketReader.Messages(TicketReader.ReadContext(context, v), context.Service<TenantScope>(), v));
        return source.ByParent(MessageTicket, ticket.Id).OrderBy(Chronological);
    }

    /// <summary>What happened to the ticket, oldest first; internal entries for staff only.</summary>
    [UsePaging]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public async Task<DataQuery<TicketEventNode>> GetTimelineAsync([Parent] TicketNode ticket, IResolverContext context, CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var source = SharedSource(context, "KtPortal.Support.Timeline", viewer,
            v => TicketReader.Events(TicketReader.ReadContext(context, v), context.Service<TenantScope>(), v));
        return source.ByParent(EventTicket, ticket.Id).OrderBy(ChronologicalEvents);
    }

    // One source query per execution, so the parents of a level compare equal and share one batched statement
    // (a query built per parent would hold a different closure each time).
    private static IQueryable<T> SharedSource<T>(IResolverContext context, string key, Viewer viewer, Func<Viewer, IQueryable<T>> create)
    {
        if (context.ContextData.TryGetValue(key, out var known) && known is IQueryable<T> source)
        {
            return source;
        }

        // Two resolvers racing here make two sources: two statements instead of one, both correct.
        source = create(viewer);
        context.ContextData[key] = source;
        return source;
    }

    private static async Task<IReadOnlyDictionary<Guid, OrganizationNode?>> OrganizationsAsync(
        NpgsqlDataSource dataSource, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT id, name, slug, kind FROM organizations WHERE id = ANY ($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = ids.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var organizations = new Dictionary<Guid, OrganizationNode?>();
        while (await reader.ReadAsync(cancellationToken))
        {
            organizations[reader.GetGuid(0)] = new OrganizationNode(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), Domain.Persistence.EnumText.Parse<Domain.Identity.OrganizationKind>(reader.GetString(3)));
        }

        return organizations;
    }
}
