using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace KtPortal.GraphQL.AspNetCore.Http;

/// <summary>Turns a GET or POST into GraphQL requests, or the error that refuses it.</summary>
internal static class HttpRequestReader
{
    public static async ValueTask<(HttpParsedRequest? Request, HttpRequestError? Error)> ReadAsync(
        HttpRequest request, HttpTransportOptions options, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return ReadGet(request, options);
        }

        // https://graphql.github.io/graphql-over-http/draft/#sec-POST
        if (!HttpMediaTypes.IsJsonBody(request.ContentType))
        {
            return (null, new HttpRequestError(
                StatusCodes.Status415UnsupportedMediaType,
                HttpErrorCodes.MediaTypeUnsupported,
                "A POST body must be application/json in UTF-8."));
        }

        var (document, error) = await HttpRequestBody.ReadJsonAsync(request, options.MaxRequestBytes, cancellationToken);
        if (document is null)
        {
            return (null, error);
        }

        var root = document.RootElement;
        var isBatch = root.ValueKind == JsonValueKind.Array;
        IReadOnlyList<GraphQLRequest> requests = isBatch
            ? ReadBatch(root, options, out error)
            : [GraphQLRequestParser.Parse(root, out error)];
        if (error is not null)
        {
            document.Dispose();
            return (null, error);
        }

        return (new HttpParsedRequest(requests, isBatch, isGet: false, [document]), null);
    }

    // https://graphql.github.io/graphql-over-http/draft/#sec-GET
    private static (HttpParsedRequest?, HttpRequestError?) ReadGet(HttpRequest request, HttpTransportOptions options)
    {
        if (request.QueryString.Value?.Length > options.MaxRequestBytes)
        {
            return (null, HttpRequestError.TooLarge(options.MaxRequestBytes));
        }

        var documents = new List<JsonDocument>();
        var single = GraphQLRequestParser.Parse(request.Query, documents, out var error);
        var parsed = new HttpParsedRequest([single], isBatch: false, isGet: true, documents);
        if (error is not null)
        {
            parsed.Dispose();
            return (null, error);
        }

        return (parsed, null);
    }

    // Batching is not part of the specification; arrays are refused unless it is turned on.
    private static List<GraphQLRequest> ReadBatch(JsonElement root, HttpTransportOptions options, out HttpRequestError? error)
    {
        error = null;
        var count = root.GetArrayLength();
        if (!options.EnableBatching)
        {
            error = new(StatusCodes.Status400BadRequest, HttpErrorCodes.BatchingInvalid,
                "Batching is not enabled: send one GraphQL request object, not an array.");
            return [];
        }

        if (count == 0 || count > options.MaxBatchSize)
        {
            error = new(StatusCodes.Status400BadRequest, HttpErrorCodes.BatchingInvalid,
                $"A batch must hold between 1 and {options.MaxBatchSize} requests.");
            return [];
        }

        var requests = new List<GraphQLRequest>(count);
        foreach (var element in root.EnumerateArray())
        {
            requests.Add(GraphQLRequestParser.Parse(element, out error));
            if (error is not null)
            {
                return [];
            }
        }

        return requests;
    }
}
