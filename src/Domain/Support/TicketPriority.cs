namespace KtPortal.Domain.Support;

/// <summary>How urgent a ticket is; it picks the SLA policy and the queue.</summary>
public enum TicketPriority
{
    /// <summary>Low.</summary>
    Low,

    /// <summary>Medium.</summary>
    Medium,

    /// <summary>High.</summary>
    High,

    /// <summary>Urgent.</summary>
    Urgent,
}
