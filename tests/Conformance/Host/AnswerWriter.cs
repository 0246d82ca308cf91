using System.Text.Json;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Language;

namespace KtPortal.Conformance.Host;

/// <summary>Writes errors in graphql-js's JSON shape: message, locations, and the reporting rule.</summary>
internal static class AnswerWriter
{
    public static void WriteSyntaxError(Utf8JsonWriter writer, SyntaxException exception)
    {
        writer.WriteStartObject("syntaxError");
        writer.WriteString("message", exception.Message);
        writer.WriteStartArray("locations");
        WriteLocation(writer, exception.Line, exception.Column);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteStartArray("errors");
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("message", error.Message);
            writer.WriteStartArray("locations");
            foreach (var location in error.Locations)
            {
                WriteLocation(writer, location.Line, location.Column);
            }

            writer.WriteEndArray();
            if (error.Extensions is not null && error.Extensions.TryGetValue("rule", out var rule) && rule is string name)
            {
                writer.WriteString("rule", name);
            }
            else
            {
                writer.WriteNull("rule");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteLocation(Utf8JsonWriter writer, int line, int column)
    {
        writer.WriteStartObject();
        writer.WriteNumber("line", line);
        writer.WriteNumber("column", column);
        writer.WriteEndObject();
    }
}
