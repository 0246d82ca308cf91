namespace KtPortal.Api.Identity;

/// <summary>
/// Limits how often sign-in is attempted, per account and per client IP address, ahead of Identity's lockout
/// (which only counts wrong passwords of one account). Shared counters can replace the in-memory ones.
/// </summary>
public interface ILoginThrottle
{
    /// <summary>Counts an attempt; false when the account or the address has used up its attempts for now.</summary>
    ValueTask<bool> TryAttemptAsync(string account, string? ipAddress, CancellationToken cancellationToken);
}
