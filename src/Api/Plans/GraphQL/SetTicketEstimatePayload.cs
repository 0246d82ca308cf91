using KtPortal.GraphQL;

namespace KtPortal.Api.Plans.GraphQL;

/// <summary>The result of <c>setTicketEstimate</c>.</summary>
/// <param name="TicketId">The ticket's global ID; null when refused.</param>
/// <param name="Estimate">The ticket's estimate now; null when refused.</param>
public sealed record SetTicketEstimatePayload([property: ID("Ticket")] Guid? TicketId, TicketEstimateObject? Estimate);
