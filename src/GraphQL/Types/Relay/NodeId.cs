namespace KtPortal.GraphQL.Types;

/// <summary>A decoded global ID: the GraphQL type name and the key, as formatted text.</summary>
/// <param name="TypeName">The GraphQL name of the node type.</param>
/// <param name="Key">The key (an integer, a GUID or a string) as <see cref="INodeIdSerializer.Format"/> wrote it.</param>
public readonly record struct NodeId(string TypeName, string Key)
{
    /// <summary>The key as <typeparamref name="TKey"/> (<see cref="int"/>, <see cref="long"/>, <see cref="Guid"/> or <see cref="string"/>).</summary>
    /// <param name="key">The typed key.</param>
    /// <returns>Whether the key parses as <typeparamref name="TKey"/>.</returns>
    public bool TryGetKey<TKey>(out TKey key)
    {
        if (NodeIds.TryConvertKey(Key, typeof(TKey), out var value) && value is TKey typed)
        {
            key = typed;
            return true;
        }

        key = default!;
        return false;
    }

    /// <summary>The key as <paramref name="keyType"/> (<see cref="int"/>, <see cref="long"/>, <see cref="Guid"/> or <see cref="string"/>), for a key type known at run time.</summary>
    /// <param name="keyType">The CLR type of the key.</param>
    /// <param name="key">The typed key, boxed.</param>
    /// <returns>Whether the key parses as <paramref name="keyType"/>.</returns>
    public bool TryGetKey(Type keyType, out object key)
    {
        ArgumentNullException.ThrowIfNull(keyType);
        return NodeIds.TryConvertKey(Key, keyType, out key);
    }
}
