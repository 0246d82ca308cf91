namespace KtPortal.Api.Plans;

/// <summary>Where a ticket's estimate comes from.</summary>
public enum EstimateSource
{
    /// <summary>Staff set it by hand.</summary>
    Manual,

    /// <summary>The median of closed tickets of the same type and category.</summary>
    SimilarTickets,

    /// <summary>The median of closed tickets of the same type (too few shared the category).</summary>
    SameType,

    /// <summary>Too few closed tickets to suggest anything.</summary>
    None,
}
