using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace KtPortal.GraphQL.AspNetCore.Http;

/// <summary>Reads the GraphQL-over-HTTP request parameters from a JSON body or a query string.</summary>
internal static class GraphQLRequestParser
{
    /// <summary>Reads one request object of a POST body; the elements stay owned by their document.</summary>
    // https://graphql.github.io/graphql-over-http/draft/#sec-Request-Parameters
    public static GraphQLRequest Parse(JsonElement element, out HttpRequestError? error)
    {
        error = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            error = HttpRequestError.Invalid("A GraphQL request must be a JSON object.");
            return new GraphQLRequest();
        }

        string? query = null, operationName = null, documentId = null;
        IReadOnlyDictionary<string, JsonElement>? variables = null, extensions = null;
        foreach (var member in element.EnumerateObject())
        {
            var value = member.Value;
            switch (member.Name)
            {
                case "query":
                    error = ReadString(value, "query", out query);
                    break;
                case "operationName":
                    error = ReadString(value, "operationName", out operationName);
                    break;
                case "id":
                case "documentId":
                    error = ReadString(value, member.Name, out documentId);
                    break;
                case "variables":
                    error = ReadMap(value, "variables", out variables);
                    break;
                case "extensions":
                    error = ReadMap(value, "extensions", out extensions);
                    break;
                default:
                    break;
            }

            if (error is not null)
            {
                return new GraphQLRequest();
            }
        }

        var request = new GraphQLRequest
        {
            Query = query,
            DocumentId = documentId,
            OperationName = operationName,
            Variables = variables,
            Extensions = extensions,
        };
        error = RequireDocument(request);
        return request;
    }

    /// <summary>Reads the parameters of a GET request; <c>variables</c> and <c>extensions</c> are JSON text.</summary>
    // https://graphql.github.io/graphql-over-http/draft/#sec-GET
    public static GraphQLRequest Parse(IQueryCollection query, List<JsonDocument> owned, out HttpRequestError? error)
    {
        error = null;
        var request = new GraphQLRequest
        {
            Query = Single(query, "query", ref error),
            OperationName = Single(query, "operationName", ref error),
            DocumentId = Single(query, "id", ref error) ?? Single(query, "documentId", ref error),
        };
        if (error is not null)
        {
            return request;
        }

        var variables = ReadJsonMap(Single(query, "variables", ref error), "variables", owned, ref error);
        var extensions = ReadJsonMap(Single(query, "extensions", ref error), "extensions", owned, ref error);
        if (error is not null)
        {
            return request;
        }

        request = request with { Variables = variables, Extensions = extensions };
        error = RequireDocument(request);
        return request;
    }

    // A request names its document by text, by trusted-document id, or by an automatic persisted query hash;
    // one with none of them is not a GraphQL-over-HTTP request at all, whatever the response media type.
    private static HttpRequestError? RequireDocument(GraphQLRequest request)
    {
        if (request.Query is not null || request.DocumentId is not null
            || request.Extensions?.ContainsKey("persistedQuery") == true)
        {
            return null;
        }

        return HttpRequestError.Invalid("The 'query' parameter is required.");
    }

    private static HttpRequestError? ReadString(JsonElement value, string name, out string? result)
    {
        result = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                result = value.GetString();
                return null;
            default:
                return HttpRequestError.Invalid($"The '{name}' parameter must be a string.");
        }
    }

    private static HttpRequestError? ReadMap(JsonElement value, string name, out IReadOnlyDictionary<string, JsonElement>? result)
    {
        result = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Object:
                var map = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var member in value.EnumerateObject())
                {
                    map[member.Name] = member.Value;
                }

                result = map;
                return null;
            default:
                return HttpRequestError.Invalid($"The '{name}' parameter must be an object.");
        }
    }

    private static string? Single(IQueryCollection query, string name, ref HttpRequestError? error)
    {
        if (!query.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        if (values.Count > 1)
        {
            error ??= HttpRequestError.Invalid($"The '{name}' parameter is given more than once.");
            return null;
        }

        return values[0];
    }

    private static IReadOnlyDictionary<string, JsonElement>? ReadJsonMap(string? text, string name, List<JsonDocument> owned, ref HttpRequestError? error)
    {
        if (text is null || error is not null)
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            error = HttpRequestError.Invalid($"The '{name}' parameter must be a JSON-encoded object.");
            return null;
        }

        owned.Add(document);
        error = ReadMap(document.RootElement, name, out var result);
        return result;
    }
}
