using System.Text.Json;
using KtPortal.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KtPortal.GraphQL.AspNetCore.Http;

/// <summary>
/// Writes GraphQL responses with <see cref="Utf8JsonWriter"/> straight to the body, compressed with brotli or
/// gzip when the client accepts it, so the host needs no compression middleware.
/// </summary>
internal sealed class HttpResponseWriter
{

    private readonly IResponseCompressionProvider _compression;
    private readonly IOptions<GraphQLServerOptions> _options;

    public HttpResponseWriter(IResponseCompressionProvider compression, IOptions<GraphQLServerOptions> options)
    {
        _compression = compression;
        _options = options;
    }

    public Task WriteErrorAsync(HttpContext context, HttpRequestError error, ResponseMediaType mediaType)
    {
        if (error.Allow is not null)
        {
            context.Response.Headers.Allow = error.Allow;
        }

        return WriteAsync(context, error.StatusCode, mediaType, [OperationResult.FromErrors([error.ToGraphQLError()])], asArray: false);
    }

    public async Task WriteAsync(HttpContext context, int statusCode, ResponseMediaType mediaType, IReadOnlyList<OperationResult> results, bool asArray)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = HttpMediaTypes.ContentType(mediaType);
        // The media type follows Accept (and, on GET, the explorer shares the path), the encoding Accept-Encoding.
        response.Headers.Append(HeaderNames.Vary, $"{HeaderNames.Accept}, {HeaderNames.AcceptEncoding}");

        var provider = _options.Value.Http.EnableCompression ? _compression.GetCompressionProvider(context) : null;
        Stream body = response.Body;
        if (provider is not null)
        {
            response.Headers.ContentEncoding = provider.EncodingName;
            body = provider.CreateStream(response.Body);
        }

        try
        {
            await using var writer = new Utf8JsonWriter(body, OperationResult.WriterOptions);
            if (asArray)
            {
                writer.WriteStartArray();
            }

            foreach (var result in results)
            {
                result.WriteTo(writer);
            }

            if (asArray)
            {
                writer.WriteEndArray();
            }

            await writer.FlushAsync(context.RequestAborted);
        }
        finally
        {
            if (provider is not null)
            {
                await body.DisposeAsync();
            }
        }
    }
}
