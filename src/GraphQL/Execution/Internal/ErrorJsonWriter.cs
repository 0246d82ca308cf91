using System.Text.Json;

namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>Writes one error as the response format defines it.</summary>
// https://spec.graphql.org/October2021/#sec-Errors.Error-result-format
internal static class ErrorJsonWriter
{
    public static void Write(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is not null)
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var segment in error.Path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(segment.ToString());
                }
            }

            writer.WriteEndArray();
        }

        if (error.Code is not null || error.Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            writer.WriteStartObject();
            if (error.Code is not null)
            {
                writer.WriteString("code", error.Code);
            }

            if (error.Extensions is not null)
            {
                foreach (var (key, value) in error.Extensions)
                {
                    if (error.Code is not null && string.Equals(key, "code", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    writer.WritePropertyName(key);
                    ResultJsonWriter.WriteValue(writer, value);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
