namespace KtPortal.GraphQL.Language;

/// <summary>A stack of list items; nested lists push above their parent's items and pop before it continues.</summary>
internal sealed class ListStack<T>
    where T : class
{
    private const int MaxCachedCapacity = 1 << 12;

    // Items sit in a struct so that stores skip the array covariance check shared generic code pays.
    private Slot[] _items = new Slot[16];
    private int _count;

    public int Count => _count;

    public void Add(T item)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++].Value = item;
    }

    public IReadOnlyList<T> ToList(int start)
    {
        int length = _count - start;
        if (length == 0)
        {
            return [];
        }

        var result = new T[length];
        Span<T> destination = result;
        Span<Slot> items = _items.AsSpan(start, length);
        for (int i = 0; i < items.Length; i++)
        {
            destination[i] = items[i].Value!;
        }

        items.Clear();
        _count = start;
        return result;
    }

    // Clears the stack; false when it grew too big to keep.
    public bool Reset()
    {
        _items.AsSpan(0, _count).Clear();
        _count = 0;
        return _items.Length <= MaxCachedCapacity;
    }

    private struct Slot
    {
        public T? Value;
    }
}
