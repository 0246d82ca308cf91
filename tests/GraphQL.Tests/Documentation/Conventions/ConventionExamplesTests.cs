using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.Tests.Documentation.Conventions;

/// <summary>The convention examples of docs/graphql-schema.md build and answer as the docs say.</summary>
public sealed class ConventionExamplesTests
{
    [Fact]
    public async Task The_node_example_answers_as_documented()
    {
        Assert.Equal(
            """{"data":{"node":{"id":"VGlja2V0OjEwNDI","title":"Printer on fire"}}}""",
            await RunAsync("""{ node(id: "VGlja2V0OjEwNDI") { id ... on Ticket { title } } }"""));
    }

    [Fact]
    public async Task The_descriptor_example_resolves_the_node_as_documented()
    {
        await using var services = new ServiceCollection()
            .AddSingleton<TicketRepository>()
            .AddGraphQLServer()
            .AddGlobalObjectIdentification()
            .AddType<TicketType>()
            .AddTypeExtension<TicketQueries>()
            .Services
            .BuildServiceProvider();

        await using var result = await services.GetRequiredService<IRequestExecutor>()
            .ExecuteAsync(new OperationRequest { Query = """{ node(id: "VGlja2V0OjEwNDI") { id ... on Ticket { title } } }""" });

        Assert.Equal(
            """{"data":{"node":{"id":"VGlja2V0OjEwNDI","title":"Printer on fire"}}}""",
            Assert.IsType<OperationResult>(result).ToJson());
    }

    [Fact]
    public async Task The_wrong_type_example_answers_as_documented()
    {
        Assert.Equal(
            """{"errors":[{"message":"The ID \"VXNlcjo3\" is not a valid Ticket ID.","locations":[{"line":1,"column":3}],"path":["ticket"],"extensions":{"code":"VALIDATION_FAILED"}}],"data":{"ticket":null}}""",
            await RunAsync("""{ ticket(id: "VXNlcjo3") { title } }"""));
    }

    [Fact]
    public async Task The_mutation_examples_answer_as_documented()
    {
        const string Selection = "{ ticket { id title } errors { __typename ... on Error { message code path } } }";

        Assert.Equal(
            """{"data":{"renameTicket":{"ticket":{"id":"VGlja2V0OjEwNDI","title":"Printer fixed"},"errors":null}}}""",
            await RunAsync($$"""mutation { renameTicket(input: { id: "VGlja2V0OjEwNDI", title: "Printer fixed" }) {{Selection}} }"""));
        Assert.Equal(
            """{"data":{"renameTicket":{"ticket":null,"errors":[{"__typename":"TitleTakenError","message":"Another ticket is called \"Coffee machine\".","code":"TITLE_TAKEN","path":["input","title"]}]}}}""",
            await RunAsync($$"""mutation { renameTicket(input: { id: "VGlja2V0OjEwNDI", title: "Coffee machine" }) {{Selection}} }"""));
        Assert.Equal(
            """{"data":{"renameTicket":{"ticket":null,"errors":[{"__typename":"TicketNotFoundError","message":"Ticket 404 does not exist.","code":"TICKET_NOT_FOUND","path":null}]}}}""",
            await RunAsync($$"""mutation { renameTicket(input: { id: "VGlja2V0OjQwNA", title: "Lost" }) {{Selection}} }"""));
    }

    [Fact]
    public void The_mutation_example_prints_the_documented_types()
    {
        using var services = CreateServices();
        var sdl = SchemaPrinter.Print(services.GetRequiredService<Schema>());

        Assert.Contains(
            """
            type Mutation {
              renameTicket(input: RenameTicketInput!): RenameTicketPayload!
            }
            """,
            sdl,
            StringComparison.Ordinal);
        Assert.Contains(
            """
            input RenameTicketInput {
              id: ID!
              title: String!
            }
            """,
            sdl,
            StringComparison.Ordinal);
        Assert.Contains(
            """
            union RenameTicketError = TicketNotFoundError | TitleTakenError

            type RenameTicketPayload {
              ticket: Ticket
              errors: [RenameTicketError!]
            }
            """,
            sdl,
            StringComparison.Ordinal);
    }

    private static ServiceProvider CreateServices()
        => new ServiceCollection()
            .AddSingleton<TicketRepository>()
            .AddGraphQLServer()
            .AddGlobalObjectIdentification()
            .AddMutationConventions(applyToAllMutations: true)
            .AddTypeExtension<TicketQueries>()
            .AddTypeExtension<TicketMutations>()
            .Services
            .BuildServiceProvider();

    private static async Task<string> RunAsync(string query)
    {
        await using var services = CreateServices();
        await using var result = await services.GetRequiredService<IRequestExecutor>().ExecuteAsync(new OperationRequest { Query = query });
        return Assert.IsType<OperationResult>(result).ToJson();
    }
}
