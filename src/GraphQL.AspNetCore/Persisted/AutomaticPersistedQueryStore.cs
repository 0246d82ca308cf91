using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.AspNetCore.Persisted;

/// <summary>
/// The queries clients registered through automatic persisted queries, bounded: past the capacity the entry
/// used least recently is forgotten, and its client simply registers it again.
/// </summary>
internal sealed class AutomaticPersistedQueryStore(int capacity)
{
    private readonly LruCache<string, string> _entries = new(capacity, StringComparer.Ordinal);

    public int Capacity => _entries.Capacity;

    public int Count => _entries.Count;

    public bool TryGet(string id, out string document)
    {
        if (_entries.TryGet(id, out var found))
        {
            document = found;
            return true;
        }

        document = string.Empty;
        return false;
    }

    public void Set(string id, string document) => _entries.Set(id, document);
}
