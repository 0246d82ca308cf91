using KtPortal.Domain.Support;

namespace KtPortal.Api.Support;

/// <summary>
/// What the event bus carries when a ticket changes: ids and flags only, never content, so nothing a subscriber
/// may not see travels with it. Each subscriber reads the ticket again as itself (subscribers who see the same
/// tickets share one read per event, see <see cref="TicketEventReads"/>).
/// </summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="OrganizationId">Its organization, to skip subscribers of other tenants.</param>
/// <param name="Priority">Its priority (the queue it is in).</param>
/// <param name="Change">What happened, a timeline kind such as <c>STATUS_CHANGED</c>.</param>
/// <param name="Internal">Whether only staff may learn of it (an internal note).</param>
public sealed record TicketChangedMessage(Guid TicketId, Guid OrganizationId, TicketPriority Priority, string Change, bool Internal)
{
    /// <summary>
    /// The announcement, set by <see cref="TicketPublisher"/> when it publishes; <see cref="Guid.Empty"/> for a
    /// message not yet published (or from a node that predates the field), whose reads are then not shared. It
    /// travels in the message because the bus (Redis) carries JSON, so object identity cannot tell events apart.
    /// </summary>
    public Guid EventId { get; init; }
}
