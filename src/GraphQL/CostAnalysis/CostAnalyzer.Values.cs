using System.Collections;
using System.Globalization;
using System.Text.Json;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.CostAnalysis;

// Input values: argument and input-field weights, and slicing argument values. Both are read from the value the
// request actually gives, a literal or a variable's value, so a filter passed as a variable costs what the same
// filter written inline costs; nothing is priced for input fields the request leaves out.
internal sealed partial class CostAnalyzer
{
    private sealed partial class Walk
    {
        // https://ibm.github.io/graphql-specs/cost-spec.html
        private double ArgumentsCost(OutputField definition, FieldNode node)
        {
            if (node.Arguments.Count == 0 || !_info.HasInputWeights)
            {
                return 0;
            }

            double cost = 0;
            foreach (var argument in node.Arguments)
            {
                if (definition.Arguments.TryGetField(argument.Name.Value, out var argumentDefinition) && _info.IsWeighted(argumentDefinition))
                {
                    cost += InputValueCost(argumentDefinition, argument.Value);
                }
            }

            return cost;
        }

        private double InputValueCost(IInputValueDefinition definition, IValueNode value)
        {
            if (value is NullValueNode)
            {
                return 0;
            }

            if (value is VariableNode variable)
            {
                UsedVariables = true;
                if (rawVariables is not null && rawVariables.TryGetValue(variable.Name.Value, out var raw))
                {
                    return IsNull(raw) ? 0 : _info.InputWeight(definition) + RawCost(raw, definition.Type);
                }

                // Not provided: the variable's default applies, or the value is absent and costs nothing.
                return VariableDefault(variable) is { } fallback ? InputValueCost(definition, fallback) : 0;
            }

            return _info.InputWeight(definition) + LiteralCost(value, definition.Type);
        }

        private double LiteralCost(IValueNode value, IType type)
        {
            type = type.NullableType();
            switch (value)
            {
                case ListValueNode list when type is ListType listType:
                    double sum = 0;
                    foreach (var item in list.Values)
                    {
                        sum += LiteralCost(item, listType.ElementType);
                    }

                    return sum;
                case VariableNode variable:
                    UsedVariables = true;
                    return rawVariables is not null && rawVariables.TryGetValue(variable.Name.Value, out var raw)
                        ? RawCost(raw, type)
                        : VariableDefault(variable) is { } fallback ? LiteralCost(fallback, type) : 0;
            }

            // A single value where a list is expected is a list of one.
            if (type is ListType single)
            {
                return LiteralCost(value, single.ElementType);
            }

            if (value is not ObjectValueNode objectValue || type is not InputObjectType input || !_info.IsWeighted(input))
            {
                return 0;
            }

            double cost = 0;
            foreach (var field in objectValue.Fields)
            {
                if (input.Fields.TryGetField(field.Name.Value, out var fieldDefinition) && _info.IsWeighted(fieldDefinition))
                {
                    cost += InputValueCost(fieldDefinition, field.Value);
                }
            }

            return cost;
        }

        // A variable's value as the transport decoded it; coercion has already accepted it for this type.
        private double RawCost(object? raw, IType type)
        {
            type = type.NullableType();
            if (IsNull(raw))
            {
                return 0;
            }

            if (type is ListType listType)
            {
                if (Items(raw) is not { } items)
                {
                    return RawCost(raw, listType.ElementType);
                }

                double sum = 0;
                foreach (var item in items)
                {
                    sum += RawCost(item, listType.ElementType);
                }

                return sum;
            }

            if (type is not InputObjectType input || !_info.IsWeighted(input))
            {
                return 0;
            }

            double cost = 0;
            foreach (var (name, value) in Entries(raw))
            {
                if (input.Fields.TryGetField(name, out var field) && _info.IsWeighted(field) && !IsNull(value))
                {
                    cost += _info.InputWeight(field) + RawCost(value, field.Type);
                }
            }

            return cost;
        }

        // The value of a slicing argument, a dotted path into an input object ("filter.max") allowed; an argument
        // left out falls back to its default value.
        // https://ibm.github.io/graphql-specs/cost-spec.html
        private (double? Value, bool IsGiven) SlicingValue(OutputField definition, FieldNode node, string path)
        {
            var segments = path.Split('.');
            if (!definition.Arguments.TryGetField(segments[0], out var argumentDefinition))
            {
                return (null, false);
            }

            object? current = null;
            var found = false;
            foreach (var argument in node.Arguments)
            {
                if (argument.Name.Value == segments[0])
                {
                    current = argument.Value;
                    found = true;
                    break;
                }
            }

            if (found && current is VariableNode variable)
            {
                (current, found) = VariableValue(variable);
            }

            var isGiven = found && !IsNull(current);
            if (!isGiven)
            {
                current = argumentDefinition.DefaultValue;
            }

            for (var i = 1; i < segments.Length && current is not null; i++)
            {
                current = Member(current, segments[i]);
                if (current is VariableNode nested)
                {
                    (current, _) = VariableValue(nested);
                }
            }

            return (Number(current), isGiven);
        }

        private (object? Value, bool Found) VariableValue(VariableNode variable)
        {
            UsedVariables = true;
            if (variables.TryGetValue(variable.Name.Value, out var coerced) && coerced is int or long or double)
            {
                return (coerced, true);
            }

            if (rawVariables is not null && rawVariables.TryGetValue(variable.Name.Value, out var raw))
            {
                return (raw, true);
            }

            return VariableDefault(variable) is { } fallback ? (fallback, true) : (null, false);
        }

        private IValueNode? VariableDefault(VariableNode variable)
        {
            foreach (var definition in operation.Definition.VariableDefinitions)
            {
                if (definition.Variable.Name.Value == variable.Name.Value)
                {
                    return definition.DefaultValue;
                }
            }

            return null;
        }

        private static object? Member(object value, string name)
        {
            switch (value)
            {
                case ObjectValueNode node:
                    foreach (var field in node.Fields)
                    {
                        if (field.Name.Value == name)
                        {
                            return field.Value;
                        }
                    }

                    return null;
                case IValueNode:
                    return null;
                default:
                    foreach (var (key, entry) in Entries(value))
                    {
                        if (key == name)
                        {
                            return entry;
                        }
                    }

                    return null;
            }
        }

        private static double? Number(object? value) => value switch
        {
            IntValueNode node => double.TryParse(node.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null,
            int number => number,
            long number => number,
            double number => number,
            JsonElement { ValueKind: JsonValueKind.Number } element => element.GetDouble(),
            _ => null,
        };

        private static bool IsNull(object? value)
            => value is null or NullValueNode or JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined };

        private static IEnumerable? Items(object? value) => value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } element => element.EnumerateArray().Select(e => (object?)e),
            string or JsonElement or IDictionary or IReadOnlyDictionary<string, object?> => null,
            IEnumerable items => items,
            _ => null,
        };

        private static IEnumerable<(string Name, object? Value)> Entries(object? value)
        {
            switch (value)
            {
                case JsonElement { ValueKind: JsonValueKind.Object } element:
                    foreach (var property in element.EnumerateObject())
                    {
                        yield return (property.Name, property.Value);
                    }

                    break;
                case IReadOnlyDictionary<string, object?> readOnly:
                    foreach (var (name, entry) in readOnly)
                    {
                        yield return (name, entry);
                    }

                    break;
                case IDictionary<string, object?> dictionary:
                    foreach (var (name, entry) in dictionary)
                    {
                        yield return (name, entry);
                    }

                    break;
            }
        }
    }
}
