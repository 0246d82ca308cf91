namespace KtPortal.Api.Plans;

/// <summary>A ticket's estimate: set by staff, or suggested from similar closed tickets, with why.</summary>
/// <param name="Minutes">The estimate, or <see langword="null"/> when there is too little history to suggest one.</param>
/// <param name="Source">Where it comes from.</param>
/// <param name="SampleSize">How many closed tickets the suggestion is the median of (0 for a manual estimate).</param>
/// <param name="Explanation">Why, for people: "median of 12 similar tickets".</param>
public sealed record TicketEstimate(int? Minutes, EstimateSource Source, int SampleSize, string Explanation);
