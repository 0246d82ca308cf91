namespace KtPortal.Api.Support;

/// <summary>The caller may not do this to the ticket (only staff may, or only the requester's organization).</summary>
public sealed class TicketActionNotAllowedException(string message) : Exception(message);
