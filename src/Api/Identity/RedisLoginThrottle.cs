using KtPortal.Api.Infrastructure.Redis;
using KtPortal.Api.RateLimiting;

namespace KtPortal.Api.Identity;

/// <summary>
/// <see cref="ILoginThrottle"/> shared by every node, in Redis, with the limits of <see cref="InMemoryLoginThrottle"/>:
/// failures per account and per IP address counted in fixed windows of <see cref="InMemoryLoginThrottle.Window"/>
/// (aligned to the Unix epoch), one key per account or address and window under <c>PREFIX login:</c>.
/// </summary>
/// <remarks>
/// A fixed window lets an attacker who times the boundary make up to twice the limit in a short span; the in-memory
/// throttle's sliding window does not. Identity's lockout (five wrong passwords, in the database, so on every node)
/// stays behind both. While Redis cannot be reached, the throttle fails open to this node's in-memory throttle, with
/// a warning when the outage starts: sign-in keeps working, throttled per node, and the lockout still applies.
/// </remarks>
internal sealed partial class RedisLoginThrottle : ILoginThrottle, IDisposable
{
    private readonly IRedisConnection _redis;
    private readonly string _prefix;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly InMemoryLoginThrottle _fallback = new();
    private int _degraded;

    public RedisLoginThrottle(IRedisConnection redis, string prefix, TimeProvider clock, ILogger<RedisLoginThrottle> logger)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        _redis = redis;
        _prefix = prefix + "login:";
        _clock = clock;
        _logger = logger;
    }

    public async ValueTask<bool> IsAllowedAsync(string account, string? ipAddress, CancellationToken cancellationToken)
    {
        try
        {
            // Adding zero reads the counts without using an attempt.
            var (byAccount, byAddress) = await CountAsync(account, ipAddress, 0, cancellationToken).ConfigureAwait(false);
            return byAccount < InMemoryLoginThrottle.FailuresPerAccount && byAddress < InMemoryLoginThrottle.FailuresPerAddress;
        }
        catch (Exception exception) when (exception is RedisUnavailableException or TimeoutException)
        {
            Degrade(exception);
            return await _fallback.IsAllowedAsync(account, ipAddress, cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask RecordFailureAsync(string account, string? ipAddress, CancellationToken cancellationToken)
    {
        try
        {
            await CountAsync(account, ipAddress, 1, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RedisUnavailableException or TimeoutException)
        {
            Degrade(exception);
            await _fallback.RecordFailureAsync(account, ipAddress, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => _fallback.Dispose();

    private async Task<(long ByAccount, long ByAddress)> CountAsync(string account, string? ipAddress, long amount, CancellationToken cancellationToken)
    {
        var window = InMemoryLoginThrottle.Window;
        var now = _clock.GetUtcNow();
        var start = FixedWindow.StartOf(now, window);
        var expiresIn = start + window - now + RedisRateLimitCounter.ClockSkewAllowance;
        var suffix = string.Create(System.Globalization.CultureInfo.InvariantCulture, $":{start.ToUnixTimeSeconds()}");
        // Both keys in one round trip: the connection pipelines concurrent commands.
        var byAccount = _redis.IncrementAsync(_prefix + InMemoryLoginThrottle.AccountKey(account) + suffix, amount, expiresIn, cancellationToken);
        var byAddress = _redis.IncrementAsync(_prefix + InMemoryLoginThrottle.AddressKey(ipAddress) + suffix, amount, expiresIn, cancellationToken);
        var counts = await Task.WhenAll(byAccount, byAddress).ConfigureAwait(false);
        if (Interlocked.Exchange(ref _degraded, 0) == 1)
        {
            LogRestored(_logger, _redis.Endpoint);
        }

        return (counts[0].Value, counts[1].Value);
    }

    private void Degrade(Exception exception)
    {
        if (Interlocked.Exchange(ref _degraded, 1) == 0)
        {
            LogFailingOpen(_logger, exception, _redis.Endpoint);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Login throttle: Redis at {Endpoint} is unreachable; counting failures in this node's memory until it is back.")]
    private static partial void LogFailingOpen(ILogger logger, Exception exception, string endpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Login throttle: Redis at {Endpoint} is reachable again; counting there.")]
    private static partial void LogRestored(ILogger logger, string endpoint);
}
