using KtPortal.Domain.Support;

namespace KtPortal.Api.Support.Dashboard;

/// <summary>How many of the caller's open tickets have one status.</summary>
/// <param name="Status">The status.</param>
/// <param name="Count">How many tickets have it.</param>
public sealed record TicketStatusCount(TicketStatus Status, int Count);
