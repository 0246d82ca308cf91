namespace KtPortal.Domain.Support;

/// <summary>What a timeline event records; stored as UPPER_SNAKE text (<c>STATUS_CHANGED</c>).</summary>
public enum TicketEventKind
{
    /// <summary>The ticket was filed.</summary>
    Created,

    /// <summary>The status changed; data: <c>from</c>, <c>to</c>.</summary>
    StatusChanged,

    /// <summary>The assignee changed; data: <c>assigneeId</c> (empty when unassigned).</summary>
    Assigned,

    /// <summary>A public reply was posted; data: <c>messageId</c>.</summary>
    Replied,

    /// <summary>An internal note was posted (an internal event); data: <c>messageId</c>.</summary>
    InternalNote,

    /// <summary>Time was logged (the plans module writes it).</summary>
    TimeLogged,

    /// <summary>An SLA target was missed (the SLA job writes it); data: <c>target</c>.</summary>
    SlaBreached,

    /// <summary>The client rated the resolution; data: <c>score</c>.</summary>
    Rated,

    /// <summary>The priority changed; data: <c>from</c>, <c>to</c>.</summary>
    PriorityChanged,

    /// <summary>Another ticket was linked as related; data: <c>relatedTicketId</c>.</summary>
    Linked,

    /// <summary>A related ticket was unlinked; data: <c>relatedTicketId</c>.</summary>
    Unlinked,

    /// <summary>Tags or custom fields changed.</summary>
    Edited,

    /// <summary>The estimate changed; data: <c>minutes</c>.</summary>
    Estimated,
}
