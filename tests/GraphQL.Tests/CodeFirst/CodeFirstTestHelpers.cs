using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.CodeFirst;

internal static class CodeFirstTestHelpers
{
    public static async Task<string> RunAsync(
        Schema schema,
        string query,
        IServiceProvider? services = null,
        IReadOnlyDictionary<string, object?>? variables = null)
    {
        var executor = new RequestExecutor(schema, services: services);
        await using var result = await executor.ExecuteAsync(new OperationRequest { Query = query, VariableValues = variables });
        return Assert.IsType<OperationResult>(result).ToJson();
    }
}
