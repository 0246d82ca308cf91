using KtPortal.GraphQL;

namespace KtPortal.Api.Plans.GraphQL;

/// <summary>A ticket's estimate: set by staff, or suggested from similar closed tickets, with why.</summary>
/// <param name="Minutes">The estimate in minutes; null when there is too little history to suggest one.</param>
/// <param name="Source">Where it comes from.</param>
/// <param name="SampleSize">How many closed tickets a suggestion is the median of (0 for a manual estimate).</param>
/// <param name="Explanation">Why, for people: "median of 12 similar tickets".</param>
[GraphQLName("TicketEstimate")]
public sealed record TicketEstimateObject(int? Minutes, EstimateSource Source, int SampleSize, string Explanation)
{
    /// <summary>The GraphQL view of <paramref name="estimate"/>.</summary>
    public static TicketEstimateObject From(TicketEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return new(estimate.Minutes, estimate.Source, estimate.SampleSize, estimate.Explanation);
    }
}
