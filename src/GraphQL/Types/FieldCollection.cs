using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace KtPortal.GraphQL.Types;

/// <summary>An immutable, ordered collection of named members with lookup by name.</summary>
/// <typeparam name="T">The member type.</typeparam>
public sealed class FieldCollection<T> : IReadOnlyList<T>
    where T : class, IField
{
    private readonly T[] _items;
    private readonly Dictionary<string, T> _byName;

    /// <summary>Creates a collection; when a name repeats, lookup returns the first member with it.</summary>
    public FieldCollection(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = [.. items];
        _byName = new Dictionary<string, T>(_items.Length, StringComparer.Ordinal);
        foreach (var item in _items)
        {
            _byName.TryAdd(item.Name, item);
        }
    }

    /// <summary>An empty collection.</summary>
    public static FieldCollection<T> Empty { get; } = new([]);

    /// <inheritdoc/>
    public int Count => _items.Length;

    /// <inheritdoc/>
    public T this[int index] => _items[index];

    /// <summary>The member named <paramref name="name"/>; throws when there is none.</summary>
    public T this[string name] => _byName[name];

    /// <summary>Looks a member up by name.</summary>
    public bool TryGetField(string name, [MaybeNullWhen(false)] out T field) => _byName.TryGetValue(name, out field);

    /// <summary>Whether a member named <paramref name="name"/> exists.</summary>
    public bool ContainsField(string name) => _byName.ContainsKey(name);

    /// <summary>Returns a struct enumerator over the members in order.</summary>
    public ArraySegment<T>.Enumerator GetEnumerator() => new ArraySegment<T>(_items).GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
