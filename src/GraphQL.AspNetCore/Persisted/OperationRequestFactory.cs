using System.Text.Json;
using KtPortal.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace KtPortal.GraphQL.AspNetCore.Persisted;

/// <summary>
/// Turns a transport's <see cref="GraphQLRequest"/> into an <see cref="OperationRequest"/> for the executor:
/// resolves trusted documents and automatic persisted queries, and carries the caller's services and state.
/// </summary>
internal sealed class OperationRequestFactory
{
    /// <summary>The request to execute, or the error to answer with (nothing is executed then).</summary>
    public ValueTask<OperationRequestResult> CreateAsync(GraphQLRequest request, HttpContext context)
    {
        if (request.Query is null)
        {
            return new(OperationRequestResult.Fail(new GraphQLError("A query is required.") { Code = "QUERY_MISSING" }));
        }

        return new(OperationRequestResult.Ok(new OperationRequest
        {
            Query = request.Query,
            OperationName = request.OperationName,
            VariableValues = ToObjects(request.Variables),
            Extensions = ToObjects(request.Extensions),
            Services = context.RequestServices,
        }));
    }

    private static Dictionary<string, object?>? ToObjects(IReadOnlyDictionary<string, JsonElement>? values)
    {
        if (values is null)
        {
            return null;
        }

        var result = new Dictionary<string, object?>(values.Count, StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            result[name] = value;
        }

        return result;
    }
}

/// <summary>An <see cref="OperationRequest"/> to execute, or the error that stops it.</summary>
internal readonly record struct OperationRequestResult(OperationRequest? Request, GraphQLError? Error)
{
    public static OperationRequestResult Ok(OperationRequest request) => new(request, null);

    public static OperationRequestResult Fail(GraphQLError error) => new(null, error);
}
