using System.Buffers;
using System.Text.Json;
using KtPortal.GraphQL.Execution;

namespace KtPortal.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Writes a list of errors as the JSON array an <c>error</c> message carries, in the same shape as the
/// <c>errors</c> of a response.
/// </summary>
internal static class ErrorArrayWriter
{
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        // The engine writes errors only as part of a response; take its "errors" member.
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var responseWriter = new Utf8JsonWriter(buffer))
        {
            OperationResult.FromErrors(errors).WriteTo(responseWriter);
        }

        using var response = JsonDocument.Parse(buffer.WrittenMemory);
        if (response.RootElement.TryGetProperty("errors", out var array))
        {
            array.WriteTo(writer);
        }
        else
        {
            writer.WriteStartArray();
            writer.WriteEndArray();
        }
    }
}
