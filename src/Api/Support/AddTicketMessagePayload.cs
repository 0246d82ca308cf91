namespace KtPortal.Api.Support;

/// <summary>The result of <c>addTicketMessage</c>.</summary>
/// <param name="Message">The new message; null when the mutation failed.</param>
/// <param name="Ticket">The ticket as it is now; null when the mutation failed.</param>
public sealed record AddTicketMessagePayload(TicketMessageNode? Message, TicketNode? Ticket);
