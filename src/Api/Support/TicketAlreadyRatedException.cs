namespace KtPortal.Api.Support;

/// <summary>This resolution of the ticket has been rated already; a reopened and resolved again ticket can be rated again.</summary>
public sealed class TicketAlreadyRatedException() : Exception("This resolution of the ticket has been rated already.");
