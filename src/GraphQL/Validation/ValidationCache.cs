using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.Validation;

/// <summary>A thread-safe, bounded least-recently-used cache of validation results by schema and document hash.</summary>
internal sealed class ValidationCache(int capacity)
{
    private readonly LruCache<Key, ValidationResult> _entries = new(capacity);

    public int Count => _entries.Count;

    public bool TryGet(object schema, string documentHash, out ValidationResult result)
    {
        if (_entries.TryGet(new Key(schema, documentHash), out var cached))
        {
            result = cached;
            return true;
        }

        result = ValidationResult.Valid;
        return false;
    }

    public void Set(object schema, string documentHash, ValidationResult result) => _entries.Set(new Key(schema, documentHash), result);

    // The schema is compared by reference: two schema instances never share results.
    private readonly record struct Key(object Schema, string DocumentHash)
    {
        public bool Equals(Key other)
            => ReferenceEquals(Schema, other.Schema) && string.Equals(DocumentHash, other.DocumentHash, StringComparison.Ordinal);

        public override int GetHashCode()
            => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Schema), StringComparer.Ordinal.GetHashCode(DocumentHash));
    }
}
