namespace KtPortal.Domain.Support;

/// <summary>
/// The explicit status transition table (issue 8). Staff move a ticket through the working states and may resolve
/// or close it from any of them; a resolved ticket closes or reopens; a closed ticket can only be reopened. Clients
/// may only close their ticket (from any state but closed) and reopen it (from resolved or closed). Reopening goes
/// back to <see cref="TicketStatus.Open"/>, so the ticket queues again.
/// </summary>
public static class TicketStatusTransitions
{
    private static readonly TicketTransition[] Table =
    [
        new(TicketStatus.New, TicketStatus.Open, ClientMay: false),
        new(TicketStatus.New, TicketStatus.InProgress, ClientMay: false),
        new(TicketStatus.New, TicketStatus.WaitingOnClient, ClientMay: false),
        new(TicketStatus.New, TicketStatus.Resolved, ClientMay: false),
        new(TicketStatus.New, TicketStatus.Closed, ClientMay: true),

        new(TicketStatus.Open, TicketStatus.InProgress, ClientMay: false),
        new(TicketStatus.Open, TicketStatus.WaitingOnClient, ClientMay: false),
        new(TicketStatus.Open, TicketStatus.Resolved, ClientMay: false),
        new(TicketStatus.Open, TicketStatus.Closed, ClientMay: true),

        new(TicketStatus.InProgress, TicketStatus.Open, ClientMay: false),
        new(TicketStatus.InProgress, TicketStatus.WaitingOnClient, ClientMay: false),
        new(TicketStatus.InProgress, TicketStatus.Resolved, ClientMay: false),
        new(TicketStatus.InProgress, TicketStatus.Closed, ClientMay: true),

        new(TicketStatus.WaitingOnClient, TicketStatus.Open, ClientMay: false),
        new(TicketStatus.WaitingOnClient, TicketStatus.InProgress, ClientMay: false),
        new(TicketStatus.WaitingOnClient, TicketStatus.Resolved, ClientMay: false),
        new(TicketStatus.WaitingOnClient, TicketStatus.Closed, ClientMay: true),

        new(TicketStatus.Resolved, TicketStatus.Closed, ClientMay: true),
        new(TicketStatus.Resolved, TicketStatus.Open, ClientMay: true),

        new(TicketStatus.Closed, TicketStatus.Open, ClientMay: true),
    ];

    /// <summary>Every allowed change, for documentation and tests.</summary>
    public static IReadOnlyList<TicketTransition> All => Table;

    /// <summary>The row for a change, or <see langword="null"/> when the table has none.</summary>
    public static TicketTransition? Find(TicketStatus from, TicketStatus to) =>
        Array.Find(Table, t => t.From == from && t.To == to);

    /// <summary>Whether <paramref name="actor"/> may change a ticket from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static TransitionCheck Check(TicketStatus from, TicketStatus to, TicketActor actor)
    {
        if (from == to)
        {
            return TransitionCheck.Unchanged;
        }

        var transition = Find(from, to);
        if (transition is null)
        {
            return TransitionCheck.NotInTable;
        }

        return actor == TicketActor.Staff || transition.ClientMay ? TransitionCheck.Allowed : TransitionCheck.StaffOnly;
    }

    /// <summary>The statuses <paramref name="actor"/> may move a ticket to from <paramref name="from"/>.</summary>
    public static IReadOnlyList<TicketStatus> Next(TicketStatus from, TicketActor actor) =>
        [.. Table.Where(t => t.From == from && (actor == TicketActor.Staff || t.ClientMay)).Select(t => t.To)];
}
