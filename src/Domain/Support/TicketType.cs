namespace KtPortal.Domain.Support;

/// <summary>What kind of work a ticket asks for (DESIGN.md §3).</summary>
public enum TicketType
{
    /// <summary>New, billable work.</summary>
    ServiceRequest,

    /// <summary>Break-fix support, which a maintenance plan may cover.</summary>
    Troubleshooting,
}
