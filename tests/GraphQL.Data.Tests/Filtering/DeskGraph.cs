using System.Text.Json;
using KtPortal.GraphQL.Data.Tests.TestModel;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Tests.Filtering;

/// <summary>Runs GraphQL requests against <see cref="DeskQuery"/> on the test database, one context per request.</summary>
public sealed class DeskGraph(DeskDatabase database)
{
    private static readonly Lazy<Schema> LazySchema = new(() => SchemaBuilder.New().AddQueryType<DeskQuery>().Create());

    /// <summary>The schema.</summary>
    public static Schema Schema => LazySchema.Value;

    /// <summary>Runs <paramref name="query"/> and returns the response as JSON text.</summary>
    public async Task<string> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        await using var context = database.CreateContext();
        var executor = new RequestExecutor(Schema);
        await using var result = await executor.ExecuteAsync(new OperationRequest
        {
            Query = query,
            VariableValues = variables,
            Services = new SingleServiceProvider(context),
        });
        return Assert.IsType<OperationResult>(result).ToJson();
    }

    /// <summary>Runs a <c>tickets</c> query selecting ids and returns them, failing on any error.</summary>
    public Task<IReadOnlyList<int>> TicketIdsAsync(string arguments, IReadOnlyDictionary<string, object?>? variables = null, string? variableDefinitions = null)
        => TicketIdsAsync("tickets", arguments, variables, variableDefinitions);

    /// <summary>Runs a query of <paramref name="field"/> (<c>tickets</c> or <c>projectedTickets</c>) selecting ids and returns them, failing on any error.</summary>
    public async Task<IReadOnlyList<int>> TicketIdsAsync(string field, string arguments, IReadOnlyDictionary<string, object?>? variables = null, string? variableDefinitions = null)
    {
        var json = await RunAsync($"query {variableDefinitions} {{ {field}({arguments}) {{ id }} }}", variables);
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.TryGetProperty("errors", out var errors))
        {
            Assert.Fail($"The request failed: {errors}");
        }

        return [.. document.RootElement.GetProperty("data").GetProperty(field).EnumerateArray().Select(t => t.GetProperty("id").GetInt32())];
    }

    private sealed class SingleServiceProvider(DeskContext context) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(DeskContext) ? context : null;
    }
}
