using KtPortal.GraphQL.Data.Tests.TestModel;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.Data.Tests.Fields;

/// <summary>Runs GraphQL requests on <see cref="DeskQuery"/> against a <see cref="DeskDatabase"/>.</summary>
internal sealed class DeskSchema(DeskDatabase database)
{
    private static readonly Lazy<KtPortal.GraphQL.Types.Schema> Built = new(() => SchemaBuilder.New().AddQueryType<DeskQuery>().AddTypeExtension<TicketExtensions>().Create());

    public static KtPortal.GraphQL.Types.Schema Schema => Built.Value;

    /// <summary>
    /// Options for an executor whose tests count statements. The DataLoader stall timeout (50 ms by default) runs
    /// the pending batches when a level has not finished adding keys by then; the test suites keep both cores busy,
    /// and a level starved that long (a cold reader compiled, another class's oracle running) then splits its batch
    /// into two statements. These tests count the statements of the batching, not that fallback, so it waits 10 s.
    /// </summary>
    public static RequestExecutorOptions StatementCountingOptions(int maxFieldCost = 1_000) => new()
    {
        DataLoaderStallTimeout = TimeSpan.FromSeconds(10),
        MaxFieldCost = maxFieldCost,
    };

    public async Task<string> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        await using var services = new ServiceCollection().AddScoped(_ => database.CreateContext()).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var executor = new RequestExecutor(Schema, StatementCountingOptions(), services: scope.ServiceProvider);
        await using var result = await executor.ExecuteAsync(new OperationRequest { Query = query, VariableValues = variables, Services = scope.ServiceProvider });
        return Assert.IsType<OperationResult>(result).ToJson();
    }
}
