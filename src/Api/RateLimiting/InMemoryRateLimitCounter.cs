using System.Collections.Concurrent;

namespace KtPortal.Api.RateLimiting;

/// <summary>
/// The counters of one process: windows aligned to multiples of their length since the Unix epoch (so every
/// node, and the Redis counter, agree on when an hour starts). Windows that have ended are dropped as new ones
/// are touched.
/// </summary>
public sealed class InMemoryRateLimitCounter(TimeProvider clock) : IRateLimitCounter
{
    private const int PruneEvery = 4096;
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private int _increments;

    /// <inheritdoc/>
    public ValueTask<RateLimitWindow> IncrementAsync(string key, long amount, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = clock.GetUtcNow();
        var resetAt = FixedWindow.StartOf(now, window) + window;
        if (Interlocked.Increment(ref _increments) % PruneEvery == 0)
        {
            Prune(now);
        }

        var bucket = _buckets.GetOrAdd(key, static _ => new Bucket());
        lock (bucket)
        {
            if (bucket.ResetAt != resetAt)
            {
                bucket.ResetAt = resetAt;
                bucket.Used = 0;
            }

            bucket.Used = Math.Max(0, bucket.Used + amount);
            return new(new RateLimitWindow(bucket.Used, resetAt));
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, bucket) in _buckets)
        {
            lock (bucket)
            {
                if (bucket.ResetAt <= now)
                {
                    _buckets.TryRemove(new KeyValuePair<string, Bucket>(key, bucket));
                }
            }
        }
    }

    private sealed class Bucket
    {
        public long Used { get; set; }

        public DateTimeOffset ResetAt { get; set; }
    }
}
