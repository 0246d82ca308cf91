namespace KtPortal.Api.RateLimiting;

/// <summary>
/// Fixed-window counters shared by every request of a process (in memory) or of every node (Redis). An increment
/// is atomic: concurrent callers never both see the same total.
/// </summary>
public interface IRateLimitCounter
{
    /// <summary>
    /// Adds <paramref name="amount"/> (which may be negative, to give points back, or zero, to read) to
    /// <paramref name="key"/>'s count in the current window of length <paramref name="window"/>, and returns the
    /// count after it and when the window ends.
    /// </summary>
    ValueTask<RateLimitWindow> IncrementAsync(string key, long amount, TimeSpan window, CancellationToken cancellationToken);
}
