namespace KtPortal.GraphQL.Data.Paging;

/// <summary>A node of a connection with the cursor that continues after (or before) it.</summary>
/// <typeparam name="T">The node type.</typeparam>
// https://relay.dev/graphql/connections.htm#sec-Edge-Types
public sealed class Edge<T> : ICursorSource
{
    private readonly Func<object?[], string>? _encode;
    private readonly object?[]? _keys;
    private string? _cursor;

    /// <summary>Creates an edge.</summary>
    /// <param name="cursor">An opaque cursor.</param>
    /// <param name="node">The node.</param>
    public Edge(string cursor, T node)
    {
        _cursor = cursor;
        Node = node;
    }

    // Most requests select no cursor of most edges (a nested page of 3 per parent): it is encoded when read.
    internal Edge(Func<object?[], string> encode, object?[] keys, T node)
    {
        _encode = encode;
        _keys = keys;
        Node = node;
    }

    /// <summary>An opaque cursor.</summary>
    public string Cursor => _cursor ??= _encode!(_keys!);

    /// <summary>The node.</summary>
    public T Node { get; }
}
