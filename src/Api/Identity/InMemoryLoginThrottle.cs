using System.Threading.RateLimiting;

namespace KtPortal.Api.Identity;

/// <summary>
/// <see cref="ILoginThrottle"/> in this process's memory: a sliding window of <see cref="AttemptsPerAccount"/>
/// attempts per account and <see cref="AttemptsPerAddress"/> per IP address, each over <see cref="Window"/>.
/// </summary>
internal sealed class InMemoryLoginThrottle : ILoginThrottle, IDisposable
{
    /// <summary>Attempts one account may take per window.</summary>
    public const int AttemptsPerAccount = 10;

    /// <summary>Attempts one IP address may take per window, across accounts.</summary>
    public const int AttemptsPerAddress = 30;

    /// <summary>The window.</summary>
    public static TimeSpan Window { get; } = TimeSpan.FromMinutes(5);

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetSlidingWindowLimiter(key, k => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = k.StartsWith("account:", StringComparison.Ordinal) ? AttemptsPerAccount : AttemptsPerAddress,
            Window = Window,
            SegmentsPerWindow = 5,
            QueueLimit = 0,
        }));

    public ValueTask<bool> TryAttemptAsync(string account, string? ipAddress, CancellationToken cancellationToken)
    {
        // Both counters are charged, so a refused address still cannot probe an account's budget unseen.
        using var byAccount = _limiter.AttemptAcquire("account:" + account.Trim().ToUpperInvariant());
        using var byAddress = _limiter.AttemptAcquire("ip:" + (ipAddress ?? "unknown"));
        return ValueTask.FromResult(byAccount.IsAcquired && byAddress.IsAcquired);
    }

    public void Dispose() => _limiter.Dispose();
}
