using System.Text.Json;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.Tests.Documentation;

/// <summary>The code in docs/graphql-schema.md and docs/graphql-execution.md builds and does what the docs say.</summary>
public sealed class DocumentationExamplesTests
{
    [Fact]
    public void TheRegistrationExample_PrintsTheDocumentedSchema()
    {
        using var services = CreateServices();
        var sdl = SchemaPrinter.Print(services.GetRequiredService<Schema>());

        Assert.Contains("\"\"\"A support ticket.\"\"\"\ntype Ticket {", sdl, StringComparison.Ordinal);
        Assert.Contains("  age: Int!\n", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("internalScore", sdl, StringComparison.Ordinal);
        Assert.Contains("  ticket(id: Int!): Ticket\n", sdl, StringComparison.Ordinal);
        Assert.Contains("  ticketChanged(id: Int!): Ticket!\n", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExecutionExample_AnswersWithVariables()
    {
        using var services = CreateServices();
        var executor = services.GetRequiredService<IRequestExecutor>();

        await using var result = await executor.ExecuteAsync(new OperationRequest
        {
            Query = "query Ticket($id: Int!) { ticket(id: $id) { id title age } }",
            VariableValues = new Dictionary<string, object?> { ["id"] = 1042 },
        });

        Assert.Equal(
            """{"data":{"ticket":{"id":1042,"title":"Printer on fire","age":3}}}""",
            ((OperationResult)result).ToJson());
    }

    [Fact]
    public async Task TheSubscriptionExample_DeliversWhatTheMutationSends()
    {
        using var services = CreateServices();
        var executor = services.GetRequiredService<IRequestExecutor>();
        await using var stream = Assert.IsType<ResponseStream>(
            await executor.ExecuteAsync(new OperationRequest { Query = "subscription { ticketChanged(id: 1042) { title } }" }));
        await using var events = stream.ReadResultsAsync().GetAsyncEnumerator();
        var next = events.MoveNextAsync();

        await using var mutation = await executor.ExecuteAsync(new OperationRequest
        {
            Query = """mutation { renameTicket(id: 1042, title: "Printer fixed") { title } }""",
        });

        Assert.True(await next);
        using var json = JsonDocument.Parse(events.Current.ToJson());
        Assert.Equal("Printer fixed", json.RootElement.GetProperty("data").GetProperty("ticketChanged").GetProperty("title").GetString());
    }

    private static ServiceProvider CreateServices()
    {
        var services = new ServiceCollection();
        services.AddGraphQLServer()
            .AddTypeExtension<TicketQueries>()
            .AddTypeExtension<TicketMutations>()
            .AddTypeExtension<TicketSubscriptions>()
            .AddType<TicketType>()
            .AddInMemorySubscriptions()
            .ModifyRequestOptions(o => o.ExecutionTimeout = TimeSpan.FromSeconds(10));
        return services.BuildServiceProvider();
    }
}
