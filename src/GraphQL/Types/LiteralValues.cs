using System.Globalization;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>Plain CLR values for literals that have no type to guide them.</summary>
public static class LiteralValues
{
    /// <summary>
    /// graphql-js <c>valueFromASTUntyped</c>: integers become <see cref="int"/> (or <see cref="long"/> /
    /// <see cref="decimal"/> when they do not fit), floats <see cref="double"/>, objects dictionaries and
    /// lists object lists. A variable takes its value from <paramref name="variables"/>, and is
    /// <see langword="null"/> when it has none (as during validation, where no values exist yet).
    /// </summary>
    public static object? ToUntyped(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        switch (literal)
        {
            case NullValueNode:
                return null;
            case IntValueNode intValue:
                if (int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
                {
                    return i;
                }

                if (long.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
                {
                    return l;
                }

                return double.Parse(intValue.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case FloatValueNode floatValue:
                return double.Parse(floatValue.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case StringValueNode stringValue:
                return stringValue.Value;
            case BooleanValueNode booleanValue:
                return booleanValue.Value;
            case VariableNode variable:
                return variables?.GetValueOrDefault(variable.Name.Value);
            case EnumValueNode enumValue:
                return enumValue.Value;
            case ListValueNode list:
                var items = new List<object?>(list.Values.Count);
                foreach (var item in list.Values)
                {
                    items.Add(ToUntyped(item, variables));
                }

                return items;
            case ObjectValueNode obj:
                var fields = new Dictionary<string, object?>(obj.Fields.Count, StringComparer.Ordinal);
                foreach (var field in obj.Fields)
                {
                    fields[field.Name.Value] = ToUntyped(field.Value, variables);
                }

                return fields;
            default:
                throw new ArgumentException($"{literal.Kind} is not a value.", nameof(literal));
        }
    }
}
