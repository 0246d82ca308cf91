using Microsoft.Extensions.Logging;

namespace KtPortal.GraphQL.AspNetCore.ServerSentEvents;

/// <summary>
/// Watches the credentials of one event stream: cancels <c>ended</c> when they expire, or when the revalidation that
/// runs every recheck interval answers that they no longer hold, and says why in <see cref="EndedBecause"/>.
/// </summary>
internal sealed partial class CredentialsWatch : IAsyncDisposable
{
    // Task.Delay takes at most about 49 days; a longer wait is split.
    private static readonly TimeSpan MaxDelay = TimeSpan.FromDays(30);

    private readonly StreamCredentials _credentials;
    private readonly TimeSpan _recheck;
    private readonly CancellationTokenSource _ended;
    private readonly ILogger? _logger;
    private readonly Task _loop;
    private volatile string? _endedBecause;

    public CredentialsWatch(StreamCredentials credentials, TimeSpan recheck, CancellationTokenSource ended, ILoggerFactory? loggers)
    {
        _credentials = credentials;
        _recheck = credentials.Revalidate is not null && recheck > TimeSpan.Zero && recheck != Timeout.InfiniteTimeSpan ? recheck : Timeout.InfiniteTimeSpan;
        _ended = ended;
        _logger = loggers?.CreateLogger<CredentialsWatch>();
        _loop = WatchAsync();
    }

    /// <summary>Why the credentials ended the stream (<c>Credentials expired</c>, <c>Credentials revoked</c>), or null.</summary>
    public string? EndedBecause => _endedBecause;

    public async ValueTask DisposeAsync()
    {
        if (_endedBecause is null)
        {
            // The stream is over for another reason: stop watching.
            await _ended.CancelAsync().ConfigureAwait(false);
        }

        await _loop.ConfigureAwait(false);
    }

    private async Task WatchAsync()
    {
        var token = _ended.Token;
        var nextCheck = _recheck == Timeout.InfiniteTimeSpan ? DateTimeOffset.MaxValue : DateTimeOffset.UtcNow + _recheck;
        try
        {
            while (true)
            {
                var now = DateTimeOffset.UtcNow;
                if (_credentials.ExpiresAt is { } expiresAt && expiresAt <= now)
                {
                    await EndAsync("Credentials expired").ConfigureAwait(false);
                    return;
                }

                if (nextCheck <= now)
                {
                    if (await StillHoldAsync(token).ConfigureAwait(false) is false)
                    {
                        await EndAsync("Credentials revoked").ConfigureAwait(false);
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
                    await Task.Delay(wait < MaxDelay ? wait : MaxDelay, token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The stream ended.
        }
    }

    // Null when the check itself failed: a database that cannot answer now is not a revocation.
    private async Task<bool?> StillHoldAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _credentials.Revalidate!(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            if (_logger is not null)
            {
                LogCheckFailed(_logger, _recheck, exception);
            }

            return null;
        }
    }

    private async Task EndAsync(string reason)
    {
        _endedBecause = reason;
        await _ended.CancelAsync().ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An event stream's credential check failed; it is tried again in {Interval}.")]
    private static partial void LogCheckFailed(ILogger logger, TimeSpan interval, Exception exception);
}
