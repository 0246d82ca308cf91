namespace KtPortal.Domain.Support;

/// <summary>Where a ticket is in its life; <see cref="TicketStatusTransitions"/> says which changes are allowed.</summary>
public enum TicketStatus
{
    /// <summary>Filed, not yet looked at.</summary>
    New,

    /// <summary>Acknowledged and waiting in the queue.</summary>
    Open,

    /// <summary>Someone is working on it.</summary>
    InProgress,

    /// <summary>Waiting for the client to answer; the SLA clock is paused.</summary>
    WaitingOnClient,

    /// <summary>Solved; the client may rate it, close it or reopen it.</summary>
    Resolved,

    /// <summary>Done; the client may still reopen it.</summary>
    Closed,
}
