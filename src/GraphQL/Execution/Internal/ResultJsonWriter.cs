using System.Text.Json;
using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>Writes completed results and serialized leaf values with <see cref="Utf8JsonWriter"/>.</summary>
internal static class ResultJsonWriter
{
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        // The result tree's own shapes and the commonest leaves first; any other leaf is a plain CLR value.
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case ResultMap map:
                writer.WriteStartObject();
                for (var i = 0; i < map.Count; i++)
                {
                    writer.WritePropertyName(map.GetName(i));
                    WriteValue(writer, map.GetValue(i));
                }

                writer.WriteEndObject();
                break;
            case ResultList list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case bool boolean:
                writer.WriteBooleanValue(boolean);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            default:
                JsonValueWriter.WriteValue(writer, value, strict: false);
                break;
        }
    }
}
