using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Json;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>Builds <see cref="JsonElement"/>s from GraphQL literals and plain CLR values, without reflection.</summary>
internal static class JsonValues
{
    // Deeper values are refused rather than followed, as System.Text.Json refuses deeper documents.
    private const int MaxDepth = 64;

    public static JsonElement Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }

    public static void WriteLiteral(Utf8JsonWriter writer, IValueNode literal)
    {
        switch (literal)
        {
            case NullValueNode:
                writer.WriteNullValue();
                break;
            case IntValueNode number:
                writer.WriteRawValue(number.Value, skipInputValidation: true);
                break;
            case FloatValueNode number:
                // GraphQL allows 1E5 and 1.5e-3, which are also valid JSON numbers.
                writer.WriteRawValue(number.Value, skipInputValidation: true);
                break;
            case StringValueNode text:
                writer.WriteStringValue(text.Value);
                break;
            case BooleanValueNode boolean:
                writer.WriteBooleanValue(boolean.Value);
                break;
            case EnumValueNode enumValue:
                writer.WriteStringValue(enumValue.Value);
                break;
            case ListValueNode list:
                writer.WriteStartArray();
                foreach (var item in list.Values)
                {
                    WriteLiteral(writer, item);
                }

                writer.WriteEndArray();
                break;
            case ObjectValueNode obj:
                writer.WriteStartObject();
                foreach (var field in obj.Fields)
                {
                    writer.WritePropertyName(field.Name.Value);
                    WriteLiteral(writer, field.Value);
                }

                writer.WriteEndObject();
                break;
            default:
                throw new ArgumentException($"{literal.Kind} has no value without variables.", nameof(literal));
        }
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value, int depth)
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
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool boolean:
                writer.WriteBooleanValue(boolean);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case double d when double.IsFinite(d):
                writer.WriteNumberValue(d);
                break;
            case float f when float.IsFinite(f):
                writer.WriteNumberValue(ScalarValues.FloatToDouble(f));
                break;
            case short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong ul:
                writer.WriteNumberValue(ul);
                break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                    WriteValue(writer, entry.Value, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                writer.WriteStartObject();
                foreach (var pair in pairs)
                {
                    writer.WritePropertyName(pair.Key);
                    WriteValue(writer, pair.Value, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item, depth + 1);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"{value.GetType()} has no JSON form.");
        }
    }
}
