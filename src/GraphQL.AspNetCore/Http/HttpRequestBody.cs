using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace KtPortal.GraphQL.AspNetCore.Http;

/// <summary>Reads a POST body as JSON without ever holding more than the configured limit.</summary>
internal static class HttpRequestBody
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    /// <summary>The parsed body, or the error to answer with (413 over the limit, 400 for malformed JSON).</summary>
    public static async ValueTask<(JsonDocument? Document, HttpRequestError? Error)> ReadJsonAsync(
        HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return (null, HttpRequestError.TooLarge(limit));
        }

        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.End);
                return (null, HttpRequestError.TooLarge(limit));
            }

            if (read.IsCompleted || read.IsCanceled)
            {
                try
                {
                    return buffer.IsEmpty
                        ? (null, HttpRequestError.Invalid("The request body is empty."))
                        : (Parse(buffer), null);
                }
                catch (JsonException exception)
                {
                    return (null, HttpRequestError.Json($"The request body is not valid JSON: {exception.Message}"));
                }
                finally
                {
                    reader.AdvanceTo(buffer.End);
                }
            }

            // Keep everything read so far in the pipe until the body ends; the limit above bounds it.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    // The document must own its bytes: JsonDocument.Parse keeps pointing into a single-segment buffer, and the pipe
    // hands that memory to the next request as soon as it is advanced past, while the variables (JSON elements of
    // this document) are read until the response ends. ParseValue copies the value into memory of its own.
    private static JsonDocument Parse(ReadOnlySequence<byte> buffer)
    {
        var reader = new Utf8JsonReader(buffer, ReaderOptions);
        var document = JsonDocument.ParseValue(ref reader);
        try
        {
            // Whitespace may follow the value; anything else makes Read throw, as JsonDocument.Parse would.
            reader.Read();
            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }
}
