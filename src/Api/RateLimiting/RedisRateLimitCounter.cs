using KtPortal.Api.Infrastructure.Redis;

namespace KtPortal.Api.RateLimiting;

/// <summary>
/// The counters of every node, in Redis: one key per caller and window, <c>PREFIX ratelimit:WINDOW-MS:START-MS:KEY</c>,
/// counted with one atomic script (<see cref="IRedisConnection.IncrementAsync"/>). Windows are aligned as
/// <see cref="InMemoryRateLimitCounter"/> aligns them, on the node's clock, so the headers do not change with the
/// counter; the key expires a minute after its window ends, which covers nodes whose clocks lag a little.
/// </summary>
/// <remarks>
/// While Redis cannot be reached, the counter fails open to this node's own in-memory counters, with a warning
/// when the outage starts: a rate limit protects the API from overuse, and refusing every request because its
/// bookkeeping is down would turn a Redis outage into an API outage. Each node then limits on its own (a caller
/// spread over N nodes gets up to N budgets) until the connection is back, when Redis counts again.
/// </remarks>
public sealed partial class RedisRateLimitCounter : IRateLimitCounter
{
    /// <summary>How long a window's key outlives the window, for nodes whose clocks are a little behind.</summary>
    public static readonly TimeSpan ClockSkewAllowance = TimeSpan.FromMinutes(1);

    private readonly IRedisConnection _redis;
    private readonly string _prefix;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly InMemoryRateLimitCounter _fallback;
    private int _degraded;

    /// <summary>Creates the counter on <paramref name="redis"/>, its keys under <paramref name="prefix"/>.</summary>
    public RedisRateLimitCounter(IRedisConnection redis, string prefix, TimeProvider clock, ILogger<RedisRateLimitCounter> logger)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(logger);
        _redis = redis;
        _prefix = prefix + "ratelimit:";
        _clock = clock;
        _logger = logger;
        _fallback = new InMemoryRateLimitCounter(clock);
    }

    /// <summary>Whether the last increment fell back to this node's memory because Redis was unreachable.</summary>
    public bool IsDegraded => Volatile.Read(ref _degraded) == 1;

    /// <inheritdoc/>
    public async ValueTask<RateLimitWindow> IncrementAsync(string key, long amount, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = _clock.GetUtcNow();
        var start = FixedWindow.StartOf(now, window);
        var resetAt = start + window;
        var redisKey = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{_prefix}{(long)window.TotalMilliseconds}:{start.ToUnixTimeMilliseconds()}:{key}");
        try
        {
            var counter = await _redis.IncrementAsync(redisKey, amount, resetAt - now + ClockSkewAllowance, cancellationToken).ConfigureAwait(false);
            if (Interlocked.Exchange(ref _degraded, 0) == 1)
            {
                LogRestored(_logger, _redis.Endpoint);
            }

            return new RateLimitWindow(counter.Value, resetAt);
        }
        catch (Exception exception) when (exception is RedisUnavailableException or TimeoutException)
        {
            if (Interlocked.Exchange(ref _degraded, 1) == 0)
            {
                LogFailingOpen(_logger, exception, _redis.Endpoint);
            }

            return await _fallback.IncrementAsync(key, amount, window, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Rate limits: Redis at {Endpoint} is unreachable; counting in this node's memory until it is back (limits are per node meanwhile).")]
    private static partial void LogFailingOpen(ILogger logger, Exception exception, string endpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rate limits: Redis at {Endpoint} is reachable again; counting there.")]
    private static partial void LogRestored(ILogger logger, string endpoint);
}
