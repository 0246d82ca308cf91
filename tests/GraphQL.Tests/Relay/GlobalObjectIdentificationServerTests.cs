using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using static KtPortal.GraphQL.Tests.Relay.RelayModel;

namespace KtPortal.GraphQL.Tests.Relay;

public sealed class GlobalObjectIdentificationServerTests
{
    [Fact]
    public async Task AddGraphQLServer_adds_global_object_identification_with_the_default_serializer()
    {
        await using var services = new ServiceCollection()
            .AddSingleton<TicketStore>()
            .AddGraphQLServer()
            .AddQueryType<RelayQueries>()
            .AddType<UserType>()
            .AddGlobalObjectIdentification()
            .Services
            .BuildServiceProvider();

        Assert.IsType<NodeIdSerializer>(services.GetRequiredService<INodeIdSerializer>());
        var id = Id("Ticket", 7);
        await using var result = await services.GetRequiredService<IRequestExecutor>()
            .ExecuteAsync(new OperationRequest { Query = "query($id: ID!) { node(id: $id) { id } }", VariableValues = new Dictionary<string, object?> { ["id"] = id } });

        Assert.Equal("""{"data":{"node":{"id":"ID"}}}""".Replace("ID", id, StringComparison.Ordinal), Assert.IsType<OperationResult>(result).ToJson());
    }

    [Fact]
    public async Task A_serializer_registered_in_the_services_replaces_the_default_for_output_and_input()
    {
        await using var services = new ServiceCollection()
            .AddSingleton<TicketStore>()
            .AddSingleton<INodeIdSerializer, SlashSerializer>()
            .AddGraphQLServer()
            .AddQueryType<RelayQueries>()
            .AddType<UserType>()
            .AddGlobalObjectIdentification()
            .Services
            .BuildServiceProvider();

        await using var result = await services.GetRequiredService<IRequestExecutor>()
            .ExecuteAsync(new OperationRequest { Query = """{ ticket(id: "Ticket/3") { id parentId } node(id: "User/5000000000") { id } }""" });

        Assert.Equal(
            """{"data":{"ticket":{"id":"Ticket/3","parentId":"Ticket/1"},"node":{"id":"User/5000000000"}}}""",
            Assert.IsType<OperationResult>(result).ToJson());
    }

    private sealed class SlashSerializer : INodeIdSerializer
    {
        public string Format(string typeName, object key) => $"{typeName}/{key}";

        public bool TryParse(string id, out NodeId nodeId)
        {
            var parts = id.Split('/');
            nodeId = parts.Length == 2 ? new NodeId(parts[0], parts[1]) : default;
            return parts.Length == 2;
        }
    }
}
