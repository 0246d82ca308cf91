using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation;

// https://spec.graphql.org/October2021/#sec-Input-Objects.Type-Validation
// A depth-first search over non-null input object fields. Each type is explored once across the whole
// schema, so the work is linear and a cycle is reported once, from the first type that reaches it.
internal sealed class InputObjectCycleDetector(SchemaValidationContext context)
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<InputField> _fieldPath = [];
    private readonly Dictionary<string, int> _pathIndexByTypeName = new(StringComparer.Ordinal);

    public void Detect(InputObjectType input)
    {
        if (!_visited.Add(input.Name))
        {
            return;
        }

        _pathIndexByTypeName[input.Name] = _fieldPath.Count;
        foreach (var field in input.Fields)
        {
            if (DeclaredTypes.TypeOf(context.Schema, field) is not NonNullType { Type: InputObjectType fieldType })
            {
                continue;
            }

            _fieldPath.Add(field);
            if (_pathIndexByTypeName.TryGetValue(fieldType.Name, out var cycleIndex))
            {
                Report(fieldType, cycleIndex);
            }
            else
            {
                Detect(fieldType);
            }

            _fieldPath.RemoveAt(_fieldPath.Count - 1);
        }

        _pathIndexByTypeName.Remove(input.Name);
    }

    private void Report(InputObjectType fieldType, int cycleIndex)
    {
        var names = new string[_fieldPath.Count - cycleIndex];
        var nodes = new ISyntaxNode?[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            var field = _fieldPath[cycleIndex + i];
            names[i] = field.Name;
            nodes[i] = field.SyntaxNode;
        }

        context.ReportError(
            $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join('.', names)}\".",
            nodes);
    }
}
