using System.Text.Json;
using KtPortal.Domain.Support;
using KtPortal.GraphQL;

namespace KtPortal.Api.Support.Dashboard;

/// <summary>One public event on the timeline of one of the caller's tickets.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="CreatedAt">When it happened.</param>
/// <param name="TicketId">The ticket's global ID.</param>
/// <param name="TicketNumber">The ticket's number as people write it, <c>KT-1042</c>.</param>
/// <param name="TicketTitle">The ticket's title.</param>
/// <param name="Data">The event's details, as the ticket's timeline has them (e.g. <c>{"from":"NEW","to":"OPEN"}</c>).</param>
[GraphQLName("DashboardActivity")]
public sealed record DashboardActivity(
    TicketEventKind Kind,
    DateTimeOffset CreatedAt,
    [property: ID("Ticket")] Guid TicketId,
    string TicketNumber,
    string TicketTitle,
    JsonElement Data);
