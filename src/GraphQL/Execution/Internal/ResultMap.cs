using System.Text.Json;

namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>
/// One completed object of the response: its values in selection order, one per field plan of the selection set
/// it completes. The names are the plans' own, encoded once per plan, so a map holds only its values and writing
/// a name costs no transcoding.
/// </summary>
internal sealed class ResultMap
{
    private readonly FieldPlan[] _plans;
    private readonly object?[] _values;

    public ResultMap(FieldPlan[] plans)
    {
        _plans = plans;
        _values = plans.Length == 0 ? [] : new object?[plans.Length];
    }

    public int Count => _plans.Length;

    public JsonEncodedText GetName(int index) => _plans[index].EncodedName;

    public object? GetValue(int index) => _values[index];

    public void Set(int index, object? value) => _values[index] = value;
}
