using System.Collections.Concurrent;

namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>
/// Parsed and validated documents by hash, bounded: when full, the least recently used tenth is dropped.
/// Thread-safe; a hit takes no lock.
/// </summary>
internal sealed class OperationCache(int capacity)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _evictionLock = new();
    private long _clock;

    public int Count => _entries.Count;

    public bool TryGet(string key, out CachedDocument document)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            // An approximate order is enough to find the least recently used: racing hits may share a stamp,
            // which costs less than an interlocked increment on every request.
            entry.LastUsed = ++_clock;

            document = entry.Document;
            return true;
        }

        document = null!;
        return false;
    }

    public void Add(string key, CachedDocument document)
    {
        if (capacity <= 0)
        {
            return;
        }

        _entries[key] = new Entry(document) { LastUsed = Interlocked.Increment(ref _clock) };
        if (_entries.Count > capacity)
        {
            Evict();
        }
    }

    private void Evict()
    {
        lock (_evictionLock)
        {
            var overflow = _entries.Count - capacity;
            if (overflow <= 0)
            {
                return;
            }

            var snapshot = _entries.ToArray();
            Array.Sort(snapshot, static (a, b) => a.Value.LastUsed.CompareTo(b.Value.LastUsed));
            var remove = Math.Min(snapshot.Length, Math.Max(overflow, capacity / 10));
            for (var i = 0; i < remove; i++)
            {
                _entries.TryRemove(snapshot[i].Key, out _);
            }
        }
    }

    private sealed class Entry(CachedDocument document)
    {
        public CachedDocument Document { get; } = document;

        public long LastUsed { get; set; }
    }
}
