using KtPortal.Domain.Support;

namespace KtPortal.Api.Support.Sla;

/// <summary>A target a ticket missed, as the breach job flagged it (once).</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="OrganizationId">The ticket's client organization.</param>
/// <param name="TicketNumber">The ticket's number (<c>KT-</c> and this).</param>
/// <param name="Priority">The ticket's priority.</param>
/// <param name="Target">Which target it missed.</param>
/// <param name="DueAt">When the target was due.</param>
/// <param name="Notified">How many staff notifications the breach made.</param>
public sealed record SlaBreach(Guid TicketId, Guid OrganizationId, int TicketNumber, TicketPriority Priority, SlaTarget Target, DateTimeOffset DueAt, int Notified);
