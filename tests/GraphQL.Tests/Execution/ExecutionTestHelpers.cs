using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.Execution;

/// <summary>Builds SDL-first schemas with resolvers and runs requests to JSON text.</summary>
internal static class ExecutionTestHelpers
{
    public static SchemaBuilder Builder(string sdl) => SchemaBuilder.New().AddDocumentFromString(sdl);

    public static FieldResolverDelegate Value(object? value) => _ => ValueTask.FromResult(value);

    public static FieldResolverDelegate Throws(Exception exception) => _ => ValueTask.FromException<object?>(exception);

    public static async Task<string> RunAsync(
        this Schema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? operationName = null,
        object? rootValue = null,
        RequestExecutorOptions? options = null)
    {
        var executor = new RequestExecutor(schema, options);
        return await executor.RunAsync(new OperationRequest
        {
            Query = query,
            VariableValues = variables,
            OperationName = operationName,
            RootValue = rootValue,
        });
    }

    public static async Task<string> RunAsync(this IRequestExecutor executor, OperationRequest request)
    {
        var result = await executor.ExecuteAsync(request);
        return Assert.IsType<OperationResult>(result).ToJson();
    }

    /// <summary>Turns single quotes into double quotes so expected JSON reads cleanly in C# strings.</summary>
    public static string Json(string text) => text.Replace('\'', '"');
}
