using System.Buffers;
using System.Text.Json;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>Builds <see cref="JsonElement"/>s, and writes GraphQL literals as JSON.</summary>
internal static class JsonValues
{
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
}
