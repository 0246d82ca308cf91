namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>
/// A response path not yet allocated: most leaf fields never need theirs, so it is built only for errors,
/// sub-selections and resolvers that ask for it.
/// </summary>
internal readonly struct PathRef
{
    private readonly FieldPath _parent;
    private readonly string? _name;
    private readonly int _index;

    public PathRef(FieldPath parent, string name)
    {
        _parent = parent;
        _name = name;
        _index = -1;
    }

    public PathRef(FieldPath parent, int index)
    {
        _parent = parent;
        _name = null;
        _index = index;
    }

    public FieldPath ToPath() => _name is null ? _parent.Append(_index) : _parent.Append(_name);
}
