using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace KtPortal.GraphQL.Utilities;

/// <summary>
/// Writes plain CLR values (strings, booleans, numbers, <see cref="JsonElement"/>s, dictionaries and lists of
/// those) as JSON.stringify writes the JavaScript values they stand for, without reflection.
/// </summary>
internal static class JsonValueWriter
{
    // Deeper values are refused rather than followed, as System.Text.Json refuses deeper documents.
    private const int MaxDepth = 64;

    /// <summary>
    /// Writes <paramref name="value"/>. A value JSON has no form for (NaN, an infinity, an object that is none of
    /// the above) is written as JSON.stringify writes it when <paramref name="strict"/> is false (<c>null</c>, or
    /// its text), and refused with <see cref="NotSupportedException"/> when it is true.
    /// </summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value, bool strict, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            throw new NotSupportedException("The value is nested too deeply.");
        }

        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool boolean:
                writer.WriteBooleanValue(boolean);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                WriteDouble(writer, number, strict);
                break;
            case float number:
                WriteDouble(writer, JsNumber.FloatToDouble(number), strict);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case short or sbyte or byte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong number:
                writer.WriteNumberValue(number);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                writer.WriteStartObject();
                foreach (var (key, item) in pairs)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item, strict, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                    WriteValue(writer, entry.Value, strict, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item, strict, depth + 1);
                }

                writer.WriteEndArray();
                break;
            default:
                if (strict)
                {
                    throw new NotSupportedException($"{value.GetType()} has no JSON form.");
                }

                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, double number, bool strict)
    {
        if (double.IsFinite(number))
        {
            // JavaScript's digits: 1e+21 and 0.1, where .NET would write 1E+21.
            writer.WriteRawValue(JsNumber.Format(number), skipInputValidation: true);
        }
        else if (strict)
        {
            throw new NotSupportedException($"{JsNumber.Format(number)} has no JSON form.");
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
