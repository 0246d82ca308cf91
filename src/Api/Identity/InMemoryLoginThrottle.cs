using System.Threading.RateLimiting;

namespace KtPortal.Api.Identity;

/// <summary>
/// <see cref="ILoginThrottle"/> in this process's memory: sliding windows of <see cref="FailuresPerAccount"/> failures
/// per account and <see cref="FailuresPerAddress"/> per IP address, each over <see cref="Window"/>.
/// </summary>
internal sealed class InMemoryLoginThrottle : ILoginThrottle, IDisposable
{
    /// <summary>Failures one account may have per window (unknown emails included, which Identity cannot lock).</summary>
    public const int FailuresPerAccount = 10;

    /// <summary>Failures one IP address may have per window, across accounts (password spraying).</summary>
    public const int FailuresPerAddress = 30;

    /// <summary>The window.</summary>
    public static TimeSpan Window { get; } = TimeSpan.FromMinutes(5);

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetSlidingWindowLimiter(key, k => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = k.StartsWith("account:", StringComparison.Ordinal) ? FailuresPerAccount : FailuresPerAddress,
            Window = Window,
            SegmentsPerWindow = 5,
            QueueLimit = 0,
        }));

    public ValueTask<bool> IsAllowedAsync(string account, string? ipAddress, CancellationToken cancellationToken)
    {
        // Acquiring zero permits asks whether any are left, without using one.
        using var byAccount = _limiter.AttemptAcquire(AccountKey(account), 0);
        using var byAddress = _limiter.AttemptAcquire(AddressKey(ipAddress), 0);
        return ValueTask.FromResult(byAccount.IsAcquired && byAddress.IsAcquired);
    }

    public ValueTask RecordFailureAsync(string account, string? ipAddress, CancellationToken cancellationToken)
    {
        _limiter.AttemptAcquire(AccountKey(account)).Dispose();
        _limiter.AttemptAcquire(AddressKey(ipAddress)).Dispose();
        return ValueTask.CompletedTask;
    }

    public void Dispose() => _limiter.Dispose();

    /// <summary>The account's key: trimmed and upper-cased, as emails match case-insensitively.</summary>
    internal static string AccountKey(string account) => "account:" + account.Trim().ToUpperInvariant();

    internal static string AddressKey(string? ipAddress) => "ip:" + (ipAddress ?? "unknown");
}
