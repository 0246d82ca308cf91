namespace KtPortal.Api.RateLimiting;

/// <summary>A key's count in the current window.</summary>
/// <param name="Used">The points counted in the window so far.</param>
/// <param name="ResetAt">When the window ends and the count starts again at zero.</param>
public readonly record struct RateLimitWindow(long Used, DateTimeOffset ResetAt);
