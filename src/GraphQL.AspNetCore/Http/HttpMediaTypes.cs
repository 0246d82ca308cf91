using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace KtPortal.GraphQL.AspNetCore.Http;

/// <summary>The media types GraphQL over HTTP reads and writes, and the choice between them by <c>Accept</c>.</summary>
internal static class HttpMediaTypes
{
    public const string Json = "application/json";
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string JsonUtf8 = "application/json; charset=utf-8";
    public const string GraphQLResponseJsonUtf8 = "application/graphql-response+json; charset=utf-8";

    /// <summary>
    /// The response media type for the request's <c>Accept</c> header, highest quality first, or
    /// <see langword="null"/> when nothing acceptable is offered (406).
    /// </summary>
    // https://graphql.github.io/graphql-over-http/draft/#sec-Accept
    // https://graphql.github.io/graphql-over-http/draft/#sec-Legacy-Watershed: a missing Accept header, and
    // */*, are answered in application/json so that clients written before the watershed keep working.
    public static ResponseMediaType? Negotiate(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var values) || values.Count == 0)
        {
            return accept.Count == 0 ? ResponseMediaType.Json : null;
        }

        ResponseMediaType? best = null;
        double bestQuality = 0;
        foreach (var value in values)
        {
            var quality = value.Quality ?? 1;
            if (quality <= bestQuality || Match(value) is not { } candidate)
            {
                continue;
            }

            best = candidate;
            bestQuality = quality;
        }

        return best;
    }

    /// <summary>Whether the request body is JSON in UTF-8 (a missing charset means UTF-8).</summary>
    // https://graphql.github.io/graphql-over-http/draft/#sec-POST
    public static bool IsJsonBody(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var value))
        {
            return false;
        }

        if (!value.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var charset = value.Charset;
        return !charset.HasValue || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    public static string ContentType(ResponseMediaType mediaType)
        => mediaType == ResponseMediaType.GraphQLResponseJson ? GraphQLResponseJsonUtf8 : JsonUtf8;

    private static ResponseMediaType? Match(MediaTypeHeaderValue value)
    {
        var mediaType = value.MediaType;
        if (mediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
        {
            return ResponseMediaType.GraphQLResponseJson;
        }

        if (mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
        {
            return ResponseMediaType.Json;
        }

        return null;
    }
}

/// <summary>The media type a GraphQL response is written in.</summary>
internal enum ResponseMediaType
{
    /// <summary><c>application/json</c>: request errors still answer 200.</summary>
    Json,

    /// <summary><c>application/graphql-response+json</c>: request errors answer 4xx.</summary>
    GraphQLResponseJson,
}
