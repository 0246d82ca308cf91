namespace KtPortal.Domain.Support;

/// <summary>How a ticket came in.</summary>
public enum TicketSource
{
    /// <summary>Filed in the portal.</summary>
    Portal,

    /// <summary>Sent by email.</summary>
    Email,

    /// <summary>Created through the API by a script or integration.</summary>
    Api,
}
