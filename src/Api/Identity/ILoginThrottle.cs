namespace KtPortal.Api.Identity;

/// <summary>
/// Limits failed sign-in attempts per account and per client IP address, ahead of Identity's lockout (which only
/// counts wrong passwords of an existing account, and only per account). Only failures count, so people who
/// sign in successfully, however often, are never throttled. Shared counters can replace the in-memory ones.
/// </summary>
public interface ILoginThrottle
{
    /// <summary>Whether the account and the address may still try now.</summary>
    ValueTask<bool> IsAllowedAsync(string account, string? ipAddress, CancellationToken cancellationToken);

    /// <summary>Counts a failed attempt against both the account and the address.</summary>
    ValueTask RecordFailureAsync(string account, string? ipAddress, CancellationToken cancellationToken);
}
