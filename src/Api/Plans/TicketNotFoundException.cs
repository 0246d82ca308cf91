namespace KtPortal.Api.Plans;

/// <summary>The ticket does not exist or belongs to a tenant the caller may not see: the same answer for both.</summary>
public sealed class TicketNotFoundException() : Exception("The ticket does not exist.");
