namespace KtPortal.Api.RateLimiting;

/// <summary>The GraphQL rate limits (<c>RateLimits</c> section).</summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section: <c>RateLimits</c>.</summary>
    public const string SectionName = "RateLimits";

    /// <summary>Whether operations are charged at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Points per window for a signed-in user, and for a client acting for itself (GitHub's 5,000 an hour).</summary>
    public long PointsPerWindow { get; set; } = 5_000;

    /// <summary>Points per window for anonymous callers, counted per IP address.</summary>
    public long AnonymousPointsPerWindow { get; set; } = 1_000;

    /// <summary>The window's length: an hour.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The points an operation costs: its static type cost (the objects it may return) divided by this, rounded up,
    /// at least 1, as GitHub charges a hundred requested nodes a point.
    /// </summary>
    public double TypeCostPerPoint { get; set; } = 100;
}
