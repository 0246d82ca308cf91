namespace KtPortal.Api.Plans;

/// <summary>An estimate must be 1 minute to 2,000 hours.</summary>
public sealed class InvalidEstimateException() : Exception($"An estimate must be between 1 and {TicketEstimates.MaxEstimatedMinutes} minutes.");
