namespace KtPortal.GraphQL.Execution;

/// <summary>An immutable response path, built from the root outwards: <c>hero</c>, <c>friends</c>, <c>0</c>, <c>name</c>.</summary>
public sealed class FieldPath
{
    private FieldPath(FieldPath? parent, string? name, int index, int depth)
    {
        Parent = parent;
        Name = name;
        Index = index;
        Depth = depth;
    }

    /// <summary>The empty root path.</summary>
    public static FieldPath Root { get; } = new(null, null, -1, 0);

    /// <summary>The enclosing path, or <see langword="null"/> at the root.</summary>
    public FieldPath? Parent { get; }

    /// <summary>The response name of this segment, or <see langword="null"/> for a list index.</summary>
    public string? Name { get; }

    /// <summary>The list index of this segment, or -1 for a field.</summary>
    public int Index { get; }

    /// <summary>The number of segments.</summary>
    public int Depth { get; }

    /// <summary>This path followed by a field.</summary>
    public FieldPath Append(string name) => new(this, name, -1, Depth + 1);

    /// <summary>This path followed by a list index.</summary>
    public FieldPath Append(int index) => new(this, null, index, Depth + 1);

    /// <summary>The segments from the root: strings for fields, integers for indices.</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Depth];
        for (var path = this; path.Parent is not null; path = path.Parent)
        {
            segments[path.Depth - 1] = path.Name ?? (object)path.Index;
        }

        return segments;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join('.', ToList());
}
