using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Utilities;

/// <summary>
/// Describes a value for an error message the way graphql-js <c>inspect</c> does: strings as JSON, objects as
/// <c>{ a: 1 }</c>, at most ten list items, and nesting past two levels as <c>[Array]</c> or <c>[Object]</c>.
/// CLR values are first seen as the JavaScript values they stand for.
/// </summary>
internal static class JsInspect
{
    private const int MaxListLength = 10;
    private const int MaxDepth = 2;

    // Deeper values print as [Array] / [Object] anyway, so conversion stops there.
    private const int MaxConversionDepth = MaxDepth + 1;

    /// <summary>graphql-js <c>inspect</c> for a CLR or JSON value. Only called while building an error message.</summary>
    public static string Inspect(object? value) => value switch
    {
        null => "null",
        Enum => Inspect(ToCoerced(value, 0)),
        IFormattable when JsNumber.TryGetNumber(value, out var number) => JsNumber.Format(value, number),

        // Values with a text form of their own print it, as a JavaScript Date prints its toJSON() text.
        IFormattable or Uri => value.ToString() ?? string.Empty,
        _ => Inspect(ToCoerced(value, 0)),
    };

    /// <summary>graphql-js <c>inspect</c> for a coerced input value.</summary>
    public static string Inspect(CoercedValue value)
    {
        var builder = new StringBuilder();
        Append(builder, value, 0);
        return builder.ToString();
    }

    private static CoercedValue ToCoerced(object? value, int depth)
    {
        value = ScalarValues.Unwrap(value);
        switch (value)
        {
            case null:
                return CoercedValue.Null.Instance;
            case string text:
                return new CoercedValue.String(text);
            case bool boolean:
                return new CoercedValue.Boolean(boolean);
            case Enum:
                return new CoercedValue.String(value.ToString() ?? string.Empty);
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return depth >= MaxConversionDepth
                    ? Placeholder(isList: false, element.EnumerateObject().Any())
                    : new CoercedValue.Object([.. element.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, ToCoerced(p.Value, depth + 1)))]);
            case JsonElement { ValueKind: JsonValueKind.Array } element:
                return depth >= MaxConversionDepth
                    ? Placeholder(isList: true, element.GetArrayLength() > 0)
                    : new CoercedValue.List([.. element.EnumerateArray().Select(item => ToCoerced(item, depth + 1))]);
            case JsonElement:
                return new CoercedValue.String("undefined");
            case IDictionary dictionary:
                if (depth >= MaxConversionDepth)
                {
                    return Placeholder(isList: false, dictionary.Count > 0);
                }

                var fields = new List<KeyValuePair<string, CoercedValue>>();
                foreach (DictionaryEntry entry in dictionary)
                {
                    fields.Add(KeyValuePair.Create(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty, ToCoerced(entry.Value, depth + 1)));
                }

                return new CoercedValue.Object(fields);
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                return depth >= MaxConversionDepth
                    ? Placeholder(isList: false, pairs.Any())
                    : new CoercedValue.Object([.. pairs.Select(p => KeyValuePair.Create(p.Key, ToCoerced(p.Value, depth + 1)))]);
            case IEnumerable items:
                var list = items.Cast<object?>().ToList();
                return depth >= MaxConversionDepth
                    ? Placeholder(isList: true, list.Count > 0)
                    : new CoercedValue.List([.. list.Select(item => ToCoerced(item, depth + 1))]);
            case IFormattable or Uri:
                return JsNumber.TryGetNumber(value, out var number)
                    ? new CoercedValue.Number(number)
                    : new CoercedValue.String(value.ToString() ?? string.Empty);
            default:
                return depth >= MaxConversionDepth
                    ? Placeholder(isList: false, hasItems: true)
                    : new CoercedValue.Object(ReadProperties(value, depth));
        }
    }

    // A plain CLR object is what a JavaScript object is to graphql-js: its public properties, camelCased.
    private static List<KeyValuePair<string, CoercedValue>> ReadProperties(object value, int depth)
    {
        var fields = new List<KeyValuePair<string, CoercedValue>>();
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.CanRead)
            {
                var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
                fields.Add(KeyValuePair.Create(name, ToCoerced(property.GetValue(value), depth + 1)));
            }
        }

        return fields;
    }

    private static CoercedValue Placeholder(bool isList, bool hasItems)
    {
        if (isList)
        {
            return new CoercedValue.List(hasItems ? [new CoercedValue.List([])] : []);
        }

        return new CoercedValue.Object(hasItems ? [KeyValuePair.Create("_", (CoercedValue)CoercedValue.Null.Instance)] : []);
    }

    private static void Append(StringBuilder builder, CoercedValue value, int depth)
    {
        switch (value)
        {
            case CoercedValue.Null:
                builder.Append("null");
                break;
            case CoercedValue.Boolean boolean:
                builder.Append(boolean.Value ? "true" : "false");
                break;
            case CoercedValue.Number number:
                builder.Append(JsNumber.Format(number.Value));
                break;
            case CoercedValue.String text:
                AppendJsonString(builder, text.Value);
                break;
            case CoercedValue.List list:
                AppendList(builder, list, depth + 1);
                break;
            case CoercedValue.Object objectValue:
                AppendObject(builder, objectValue, depth + 1);
                break;
        }
    }

    private static void AppendList(StringBuilder builder, CoercedValue.List list, int depth)
    {
        if (list.Items.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        if (depth > MaxDepth)
        {
            builder.Append("[Array]");
            return;
        }

        builder.Append('[');
        var shown = Math.Min(MaxListLength, list.Items.Count);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Append(builder, list.Items[i], depth);
        }

        var remaining = list.Items.Count - shown;
        if (remaining > 0)
        {
            builder.Append(", ... ").Append(remaining.ToString(CultureInfo.InvariantCulture))
                .Append(remaining == 1 ? " more item" : " more items");
        }

        builder.Append(']');
    }

    private static void AppendObject(StringBuilder builder, CoercedValue.Object objectValue, int depth)
    {
        if (objectValue.Fields.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        if (depth > MaxDepth)
        {
            builder.Append("[Object]");
            return;
        }

        builder.Append("{ ");
        for (var i = 0; i < objectValue.Fields.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(objectValue.Fields[i].Key).Append(": ");
            Append(builder, objectValue.Fields[i].Value, depth);
        }

        builder.Append(" }");
    }

    // JSON.stringify: quotes, backslashes and C0 controls are escaped; everything else stays as it is,
    // except unpaired surrogates.
    private static void AppendJsonString(StringBuilder builder, string value)
    {
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < ' ':
                    AppendUnicodeEscape(builder, c);
                    break;
                case >= '\uD800' and <= '\uDBFF' when i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]):
                    builder.Append(c).Append(value[++i]);
                    break;
                case >= '\uD800' and <= '\uDFFF':
                    AppendUnicodeEscape(builder, c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
    }

    private static void AppendUnicodeEscape(StringBuilder builder, char c)
        => builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
}
