namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>
/// The resolver of fields without one: a dictionary entry by field name, else a public property or field of
/// the parent with that name (case-insensitive), through a getter compiled once per CLR type.
/// </summary>
internal sealed class DefaultFieldResolver(string fieldName)
{
    // A one-entry cache: most fields always see parents of one CLR type.
    private Entry? _last;

    public object? Resolve(object? parent)
    {
        if (parent is null)
        {
            return null;
        }

        var type = parent.GetType();
        var last = _last;
        if (last is not null && last.Type == type)
        {
            return last.Getter(parent);
        }

        switch (parent)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(fieldName, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(fieldName, out var entry) ? entry : null;
        }

        last = new Entry(type, MemberGetters.Get(type, fieldName));
        _last = last;
        return last.Getter(parent);
    }

    private sealed record Entry(Type Type, Func<object, object?> Getter);
}
