namespace KtPortal.Domain.Support;

/// <summary>One row of the transition table: a status change and whether a client may make it.</summary>
/// <param name="From">The status before.</param>
/// <param name="To">The status after.</param>
/// <param name="ClientMay">Whether a client may make the change (staff may make every change in the table).</param>
public sealed record TicketTransition(TicketStatus From, TicketStatus To, bool ClientMay)
{
    /// <summary>Whether the change reopens a resolved or closed ticket.</summary>
    public bool IsReopen => From is TicketStatus.Resolved or TicketStatus.Closed && To == TicketStatus.Open;
}
