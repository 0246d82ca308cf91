namespace KtPortal.GraphQL.AspNetCore.Persisted;

/// <summary>
/// The queries clients registered through automatic persisted queries, bounded: past the capacity the entry
/// used least recently is forgotten, and its client simply registers it again.
/// </summary>
internal sealed class AutomaticPersistedQueryStore
{
    private readonly Dictionary<string, LinkedListNode<KeyValuePair<string, string>>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<KeyValuePair<string, string>> _recency = new();
    private readonly Lock _lock = new();

    public AutomaticPersistedQueryStore(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    public int Capacity { get; }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public bool TryGet(string id, out string document)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(id, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                document = node.Value.Value;
                return true;
            }
        }

        document = string.Empty;
        return false;
    }

    public void Set(string id, string document)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(id, out var existing))
            {
                _recency.Remove(existing);
                _recency.AddFirst(existing);
                return;
            }

            _entries[id] = _recency.AddFirst(new KeyValuePair<string, string>(id, document));
            if (_entries.Count > Capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }
        }
    }
}
