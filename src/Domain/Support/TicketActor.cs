namespace KtPortal.Domain.Support;

/// <summary>Which side of the desk acts on a ticket: the rules differ for the agency's staff and for clients.</summary>
public enum TicketActor
{
    /// <summary>Agency staff, who may do everything.</summary>
    Staff,

    /// <summary>A client or partner user, who may create, reply, close, reopen and rate.</summary>
    Client,
}
