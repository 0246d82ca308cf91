using System.Linq.Expressions;
using KtPortal.Domain.Support;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Data;
using KtPortal.GraphQL.Data.Projection;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.Support;

/// <summary>
/// A support ticket as GraphQL shows it: the columns of <see cref="Ticket"/> as settable properties, so the data
/// middleware can filter, sort and project them in SQL (<see cref="From"/> maps the entity). Computed fields are in
/// <see cref="TicketFields"/>.
/// </summary>
[Node]
[GraphQLName("Ticket")]
[GraphQLDescription("A support ticket of a client organization.")]
public sealed class TicketNode
{
    /// <summary>Maps the entity to the node, inside the query, so what follows composes in SQL.</summary>
    public static Expression<Func<Ticket, TicketNode>> From { get; } = t => new TicketNode
    {
        Id = t.Id,
        NumberValue = t.Number,
        Title = t.Title,
        Description = t.Description,
        Type = t.Type,
        Category = t.Category,
        Priority = t.Priority,
        Status = t.Status,
        Source = t.Source,
        Tags = t.Tags,
        CreatedAt = t.CreatedAt,
        UpdatedAt = t.UpdatedAt,
        FirstResponseDueAt = t.FirstResponseDueAt,
        ResolutionDueAt = t.ResolutionDueAt,
        FirstRespondedAt = t.FirstRespondedAt,
        ResolvedAt = t.ResolvedAt,
        ClosedAt = t.ClosedAt,
        SlaPausedAt = t.SlaPausedAt,
        SlaPausedSeconds = t.SlaPausedSeconds,
        FirstResponseBreached = t.FirstResponseBreached,
        ResolutionBreached = t.ResolutionBreached,
        EstimatedMinutes = t.EstimatedMinutes,
        OrganizationId = t.OrganizationId,
        RequesterId = t.RequesterId,
        AssigneeId = t.AssigneeId,
        CustomFieldsJson = t.CustomFields,
    };

    /// <summary>The ticket's global ID.</summary>
    public Guid Id { get; set; }

    /// <summary>The ticket's number as an integer (<c>1042</c> for <c>KT-1042</c>), for filtering and sorting.</summary>
    public int NumberValue { get; set; }

    /// <summary>A one-line summary.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>What the requester asks for, in full.</summary>
    public string Description { get; set; } = string.Empty;

    /// <summary>Service request or troubleshooting.</summary>
    public TicketType Type { get; set; }

    /// <summary>The category, one of <c>ticketCategories</c>.</summary>
    public string Category { get; set; } = string.Empty;

    /// <summary>The priority.</summary>
    public TicketPriority Priority { get; set; }

    /// <summary>The status.</summary>
    public TicketStatus Status { get; set; }

    /// <summary>How the ticket came in.</summary>
    public TicketSource Source { get; set; }

    /// <summary>Free-form labels, lower case.</summary>
    public string[] Tags { get; set; } = [];

    /// <summary>When it was filed.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the first staff response is due (moved later by time spent waiting on the client).</summary>
    public DateTimeOffset FirstResponseDueAt { get; set; }

    /// <summary>When resolution is due (moved later by time spent waiting on the client).</summary>
    public DateTimeOffset ResolutionDueAt { get; set; }

    /// <summary>When staff first replied publicly.</summary>
    public DateTimeOffset? FirstRespondedAt { get; set; }

    /// <summary>When it was resolved; null while unresolved or after reopening.</summary>
    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>When it was closed; null while open or after reopening.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Since when the SLA clock is paused (the ticket waits on the client); null while it runs.</summary>
    public DateTimeOffset? SlaPausedAt { get; set; }

    /// <summary>Seconds the SLA clock was paused in total, not counting a pause still running.</summary>
    public int SlaPausedSeconds { get; set; }

    /// <summary>Whether the first response missed its due time.</summary>
    public bool FirstResponseBreached { get; set; }

    /// <summary>Whether resolution missed its due time.</summary>
    public bool ResolutionBreached { get; set; }

    /// <summary>Staff's estimate of the work, in minutes.</summary>
    public int? EstimatedMinutes { get; set; }

    /// <summary>The ID of the client organization (see <c>organization</c>), to filter by: <c>where: { organizationId: { eq: $id } }</c>.</summary>
    [ID("Organization")]
    [IsProjected(true)]
    [NotSortable]
    public Guid OrganizationId { get; set; }

    /// <summary>The ID of the requester (see <c>requester</c>), to filter by.</summary>
    [ID("User")]
    [IsProjected(true)]
    [NotSortable]
    public Guid RequesterId { get; set; }

    /// <summary>The ID of the assignee (see <c>assignee</c>), to filter by (<c>{ assigneeId: { eq: null } }</c> finds the unassigned).</summary>
    [ID("User")]
    [IsProjected(true)]
    [NotSortable]
    public Guid? AssigneeId { get; set; }

    /// <summary>The custom fields' JSON text (see <c>customFields</c>).</summary>
    [GraphQLIgnore]
    public string CustomFieldsJson { get; set; } = "{}";

    /// <summary>A ticket the caller may see, or null (another tenant's ticket is simply not found).</summary>
    [NodeResolver]
    public static Task<TicketNode?> GetAsync(Guid id, IResolverContext context, CancellationToken cancellationToken)
        => TicketReader.FindAsync(context, id, cancellationToken);
}
