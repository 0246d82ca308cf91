namespace KtPortal.Domain.Plans;

/// <summary>A client's own rates, instead of the plan's; <see langword="null"/> keeps the plan's.</summary>
/// <param name="DevelopmentRate">The client's development rate.</param>
/// <param name="SupportRate">The client's support rate.</param>
public sealed record RateOverrides(decimal? DevelopmentRate, decimal? SupportRate)
{
    /// <summary>No overrides.</summary>
    public static RateOverrides None { get; } = new(null, null);
}
