using System.Text.Json;

namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>
/// One completed object of the response: its entries in selection order, backed by arrays. Names are
/// pre-encoded once per field plan, so writing them costs no transcoding.
/// </summary>
internal sealed class ResultMap
{
    private readonly JsonEncodedText[] _names;
    private readonly object?[] _values;

    public ResultMap(int capacity)
    {
        _names = capacity == 0 ? [] : new JsonEncodedText[capacity];
        _values = capacity == 0 ? [] : new object?[capacity];
    }

    public int Count => _names.Length;

    public JsonEncodedText GetName(int index) => _names[index];

    public object? GetValue(int index) => _values[index];

    public void Set(int index, JsonEncodedText name, object? value)
    {
        _names[index] = name;
        _values[index] = value;
    }

    public void Set(int index, string name, object? value) => Set(index, JsonEncodedText.Encode(name), value);
}
