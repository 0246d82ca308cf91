namespace KtPortal.Api.RateLimiting;

/// <summary>What charging the request's operation found, for the response headers.</summary>
internal sealed class RateLimitState
{
    public long Limit { get; set; }

    public RateLimitWindow? Window { get; set; }

    public bool Exceeded { get; set; }
}
