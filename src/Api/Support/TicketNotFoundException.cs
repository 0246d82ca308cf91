namespace KtPortal.Api.Support;

/// <summary>No ticket with that id that the caller may see: a missing ticket and another tenant's answer alike.</summary>
public sealed class TicketNotFoundException() : Exception("The ticket does not exist.");
