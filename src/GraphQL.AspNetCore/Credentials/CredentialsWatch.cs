using Microsoft.Extensions.Logging;

namespace KtPortal.GraphQL.AspNetCore.Credentials;

/// <summary>
/// Watches the credentials a long-lived connection runs under (a WebSocket, a server-sent event stream): calls
/// <c>end</c> with <c>Credentials expired</c> when they expire, or with <c>Credentials revoked</c> when the check that
/// runs every recheck interval answers that they no longer hold. A check that throws is logged and tried again at the
/// next interval: a database that cannot answer now is not a revocation.
/// </summary>
internal sealed partial class CredentialsWatch
{
    /// <summary>The reason given when the credentials' expiry has passed.</summary>
    public const string Expired = "Credentials expired";

    /// <summary>The reason given when the recheck found the credentials no longer hold.</summary>
    public const string Revoked = "Credentials revoked";

    // Task.Delay takes at most about 49 days; a longer wait is split.
    private static readonly TimeSpan MaxDelay = TimeSpan.FromDays(30);

    private readonly StreamCredentials _credentials;
    private readonly TimeSpan _recheck;
    private readonly Func<string, Task> _end;
    private readonly ILogger? _logger;

    private CredentialsWatch(StreamCredentials credentials, TimeSpan recheck, Func<string, Task> end, ILogger? logger)
    {
        _credentials = credentials;
        _recheck = credentials.Revalidate is not null && recheck > TimeSpan.Zero && recheck != Timeout.InfiniteTimeSpan ? recheck : Timeout.InfiniteTimeSpan;
        _end = end;
        _logger = logger;
    }

    /// <summary>Watches until <paramref name="stop"/> fires or the credentials end; the task never faults.</summary>
    /// <param name="credentials">What to watch.</param>
    /// <param name="recheck">How often to run <see cref="StreamCredentials.Revalidate"/>; zero or less: never.</param>
    /// <param name="end">Called once, with the reason, when the credentials end.</param>
    /// <param name="logger">Where a failed check is logged.</param>
    /// <param name="stop">The connection ended for another reason.</param>
    public static Task RunAsync(StreamCredentials credentials, TimeSpan recheck, Func<string, Task> end, ILogger? logger, CancellationToken stop)
        => new CredentialsWatch(credentials, recheck, end, logger).WatchAsync(stop);

    private async Task WatchAsync(CancellationToken stop)
    {
        var nextCheck = _recheck == Timeout.InfiniteTimeSpan ? DateTimeOffset.MaxValue : DateTimeOffset.UtcNow + _recheck;
        try
        {
            while (true)
            {
                var now = DateTimeOffset.UtcNow;
                if (_credentials.ExpiresAt is { } expiresAt && expiresAt <= now)
                {
                    await _end(Expired).ConfigureAwait(false);
                    return;
                }

                if (nextCheck <= now)
                {
                    if (await StillHoldAsync(stop).ConfigureAwait(false) is false)
                    {
                        await _end(Revoked).ConfigureAwait(false);
                        return;
                    }

                    nextCheck = now + _recheck;
                }

                var wake = _credentials.ExpiresAt is { } expiry && expiry < nextCheck ? expiry : nextCheck;
                if (wake == DateTimeOffset.MaxValue)
                {
                    return;
                }

                var wait = wake - DateTimeOffset.UtcNow;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait < MaxDelay ? wait : MaxDelay, stop).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The connection ended.
        }
    }

    // Null when the check itself failed.
    private async Task<bool?> StillHoldAsync(CancellationToken stop)
    {
        try
        {
            return await _credentials.Revalidate!(stop).ConfigureAwait(false);
        }
        catch (Exception exception) when (!stop.IsCancellationRequested)
        {
            if (_logger is not null)
            {
                LogCheckFailed(_logger, _recheck, exception);
            }

            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A connection's credential check failed; it is tried again in {Interval}.")]
    private static partial void LogCheckFailed(ILogger logger, TimeSpan interval, Exception exception);
}
