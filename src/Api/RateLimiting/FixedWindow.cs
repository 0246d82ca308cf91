namespace KtPortal.Api.RateLimiting;

/// <summary>
/// Where fixed windows start: at multiples of their length since the Unix epoch, so every node, and every
/// counter implementation, agree on when an hour starts and announce the same reset time.
/// </summary>
internal static class FixedWindow
{
    /// <summary>The start of the window of length <paramref name="window"/> that holds <paramref name="now"/>.</summary>
    public static DateTimeOffset StartOf(DateTimeOffset now, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        var ticks = now.UtcTicks - (now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) % window.Ticks;
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }
}
