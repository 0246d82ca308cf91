using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>Prints values for error messages as graphql-js <c>inspect</c> does.</summary>
internal static class JsInspect
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    public static string Print(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value, 0);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string text:
                AppendString(builder, text);
                return;
            case bool boolean:
                builder.Append(boolean ? "true" : "false");
                return;
            case double number:
                builder.Append(double.IsNaN(number) ? "NaN" : double.IsPositiveInfinity(number) ? "Infinity" : double.IsNegativeInfinity(number) ? "-Infinity" : JsNumber.Format(number));
                return;
            case float number:
                Append(builder, (double)number, depth);
                return;
            case decimal number:
                builder.Append(JsNumber.Format((double)number));
                return;
            case int or long or short or byte or sbyte or uint or ulong or ushort:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
            case Enum:
                AppendString(builder, value.ToString()!);
                return;
            case JsonElement element:
                AppendJson(builder, element, depth);
                return;
            case IReadOnlyDictionary<string, object?> dictionary:
                AppendObject(builder, dictionary, depth);
                return;
            case IDictionary<string, object?> dictionary:
                AppendObject(builder, dictionary, depth);
                return;
            case IEnumerable items:
                var list = new List<object?>();
                foreach (var item in items)
                {
                    list.Add(item);
                }

                AppendArray(builder, list, depth);
                return;
            default:
                AppendObject(builder, ReadProperties(value), depth);
                return;
        }
    }

    private static void AppendString(StringBuilder builder, string text)
        => builder.Append(JsonSerializer.Serialize(text, JsonTextOptions));

    private static readonly JsonSerializerOptions JsonTextOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void AppendArray(StringBuilder builder, IReadOnlyList<object?> items, int depth)
    {
        if (items.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        if (depth + 1 > MaxRecursiveDepth)
        {
            builder.Append("[Array]");
            return;
        }

        builder.Append('[');
        var shown = Math.Min(items.Count, MaxArrayLength);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Append(builder, items[i], depth + 1);
        }

        var remaining = items.Count - shown;
        if (remaining == 1)
        {
            builder.Append(", ... 1 more item");
        }
        else if (remaining > 1)
        {
            builder.Append(", ... ").Append(remaining).Append(" more items");
        }

        builder.Append(']');
    }

    private static void AppendObject(StringBuilder builder, IEnumerable<KeyValuePair<string, object?>> entries, int depth)
    {
        var list = new List<KeyValuePair<string, object?>>(entries);
        if (list.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        if (depth + 1 > MaxRecursiveDepth)
        {
            builder.Append("[Object]");
            return;
        }

        builder.Append("{ ");
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(list[i].Key).Append(": ");
            Append(builder, list[i].Value, depth + 1);
        }

        builder.Append(" }");
    }

    private static void AppendJson(StringBuilder builder, JsonElement element, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var entries = new List<KeyValuePair<string, object?>>();
                foreach (var property in element.EnumerateObject())
                {
                    entries.Add(new(property.Name, property.Value));
                }

                AppendObject(builder, entries, depth);
                return;
            case JsonValueKind.Array:
                var items = new List<object?>();
                foreach (var item in element.EnumerateArray())
                {
                    items.Add(item);
                }

                AppendArray(builder, items, depth);
                return;
            case JsonValueKind.String:
                AppendString(builder, element.GetString()!);
                return;
            case JsonValueKind.Number:
                builder.Append(JsNumber.Format(element.GetDouble()));
                return;
            case JsonValueKind.True:
                builder.Append("true");
                return;
            case JsonValueKind.False:
                builder.Append("false");
                return;
            default:
                builder.Append("null");
                return;
        }
    }

    // Only reached while building an error message, never on the hot path.
    private static List<KeyValuePair<string, object?>> ReadProperties(object value)
    {
        var entries = new List<KeyValuePair<string, object?>>();
        foreach (var property in value.GetType().GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.CanRead)
            {
                var name = property.Name.Length > 0 ? char.ToLowerInvariant(property.Name[0]) + property.Name[1..] : property.Name;
                entries.Add(new(name, property.GetValue(value)));
            }
        }

        return entries;
    }
}
