namespace KtPortal.Api.Support;

/// <summary>Only a resolved or closed ticket can be rated.</summary>
public sealed class TicketNotRateableException() : Exception("Only a resolved or closed ticket can be rated.");
