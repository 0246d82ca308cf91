namespace KtPortal.GraphQL.Validation;

/// <summary>A thread-safe, bounded least-recently-used cache of validation results by schema and document hash.</summary>
internal sealed class ValidationCache
{
    private readonly int _capacity;
    private readonly Dictionary<Key, LinkedListNode<Entry>> _entries;
    private readonly LinkedList<Entry> _order = new();
    private readonly Lock _lock = new();

    public ValidationCache(int capacity)
    {
        _capacity = capacity;
        _entries = new Dictionary<Key, LinkedListNode<Entry>>(capacity);
    }

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

    public bool TryGet(object schema, string documentHash, out ValidationResult result)
    {
        var key = new Key(schema, documentHash);
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                result = node.Value.Result;
                return true;
            }
        }

        result = ValidationResult.Valid;
        return false;
    }

    public void Set(object schema, string documentHash, ValidationResult result)
    {
        var key = new Key(schema, documentHash);
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                _order.Remove(existing);
                _entries.Remove(key);
            }

            if (_entries.Count >= _capacity && _order.Last is { } oldest)
            {
                _order.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }

            _entries.Add(key, _order.AddFirst(new Entry(key, result)));
        }
    }

    // The schema is compared by reference: two schema instances never share results.
    private readonly record struct Key(object Schema, string DocumentHash)
    {
        public bool Equals(Key other)
            => ReferenceEquals(Schema, other.Schema) && string.Equals(DocumentHash, other.DocumentHash, StringComparison.Ordinal);

        public override int GetHashCode()
            => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Schema), StringComparer.Ordinal.GetHashCode(DocumentHash));
    }

    private sealed record Entry(Key Key, ValidationResult Result);
}
