namespace KtPortal.Api.Support.Dashboard;

/// <summary>The caller's open tickets (every status but RESOLVED and CLOSED), counted.</summary>
/// <param name="Total">All open tickets.</param>
/// <param name="ByStatus">One entry per open status, in the order of the ticket's life, zeros included.</param>
public sealed record OpenTicketCounts(int Total, IReadOnlyList<TicketStatusCount> ByStatus);
