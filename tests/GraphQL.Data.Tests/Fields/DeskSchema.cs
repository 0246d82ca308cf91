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

    public async Task<string> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        await using var services = new ServiceCollection().AddScoped(_ => database.CreateContext()).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var executor = new RequestExecutor(Schema, services: scope.ServiceProvider);
        await using var result = await executor.ExecuteAsync(new OperationRequest { Query = query, VariableValues = variables, Services = scope.ServiceProvider });
        return Assert.IsType<OperationResult>(result).ToJson();
    }
}
