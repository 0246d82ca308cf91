using System.Text.Json;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using static KtPortal.GraphQL.Tests.CodeFirst.CodeFirstTestHelpers;
using static KtPortal.GraphQL.Tests.Relay.RelayModel;

namespace KtPortal.GraphQL.Tests.Relay;

public sealed class GlobalObjectIdentificationTests
{
    private static readonly Schema Schema = Builder().Create();

    [Fact]
    public void The_printed_schema_has_the_node_interface_the_root_fields_and_the_node_types()
    {
        Assert.Equal(
            """"
            type Query {
              ticket(id: ID!): Ticket
              ticketKeys(ids: [ID!]!): [Int!]!
              anyKey(id: ID!): String!
              document(id: UUID!): Document
              link(input: LinkTicketsInput!): String!
              me: User

              """Fetches an object given its ID."""
              node(
                """ID of the object."""
                id: ID!
              ): Node

              """Lookup nodes by a list of IDs."""
              nodes(
                """The list of node IDs."""
                ids: [ID!]!
              ): [Node]!
            }

            """An object with a globally unique ID."""
            interface Node {
              """The globally unique, opaque ID of the object."""
              id: ID!
            }

            type User implements Node {
              id: ID!
              name: String!
            }

            type Ticket implements Node {
              id: ID!
              title: String!
              parentId: ID
            }

            type Document implements Node {
              id: ID!
              name: String!
            }

            input LinkTicketsInput {
              from: ID!
              to: [ID!]!
              note: String
            }

            """
            A universally unique identifier, as 32 hexadecimal digits in groups of 8-4-4-4-12 such as `0f8fad5b-d9cb-469f-a165-70867728950e`.
            """
            scalar UUID @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc9562")
            """",
            SchemaPrinter.Print(Schema));
    }

    [Fact]
    public void The_schema_passes_schema_validation_and_its_printed_sdl_builds_again()
    {
        Assert.Empty(KtPortal.GraphQL.Validation.SchemaValidator.Validate(Schema));

        var reprinted = SchemaBuilder.New().AddDocumentFromString(SchemaPrinter.Print(Schema)).Create();
        Assert.Equal(SchemaPrinter.Print(Schema), SchemaPrinter.Print(reprinted));
    }

    [Fact]
    public async Task Nodes_resolves_its_ids_concurrently()
    {
        var gate = new ConcurrencyGate(3);
        var schema = SchemaBuilder.New()
            .AddGlobalObjectIdentification()
            .AddQueryType(d => d.Field("gated").Type<GatedType>().Resolve(_ => null))
            .AddType<GatedType>()
            .Create();
        var ids = Enumerable.Range(1, 3).Select(i => Id("Gated", i)).ToList();
        await using var services = new ServiceCollection().AddSingleton(gate).BuildServiceProvider();

        // Each resolver waits until all three have started: one at a time, the first would never finish.
        var result = await RunAsync(schema, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", services, new Dictionary<string, object?> { ["ids"] = ids });

        Assert.Equal(Fill("""{"data":{"nodes":[{"id":"$0"},{"id":"$1"},{"id":"$2"}]}}""", ids[0], ids[1], ids[2]), result);
    }

    [Fact]
    public void Ids_are_base64url_without_padding_of_the_type_name_and_the_key()
    {
        Assert.Equal("VGlja2V0OjQy", Id("Ticket", 42));
        Assert.True(NodeIdSerializer.Default.TryParse("VGlja2V0OjQy", out var nodeId));
        Assert.Equal(new NodeId("Ticket", "42"), nodeId);
        Assert.True(nodeId.TryGetKey<int>(out var key));
        Assert.Equal(42, key);
        Assert.False(nodeId.TryGetKey<Guid>(out _));
        Assert.Equal(nodeId, ((INodeIdSerializer)NodeIdSerializer.Default).Parse("VGlja2V0OjQy"));
        Assert.Throws<FormatException>(() => ((INodeIdSerializer)NodeIdSerializer.Default).Parse("VGlja2V0"));
        Assert.Equal("VXNlcjo1MDAwMDAwMDAw", Id("User", 5_000_000_000L));
        Assert.Equal(Id("Document", "6f9619ff-8b86-d011-b42d-00cf4fc964ff"), Id("Document", RelayQueries.DocumentId));
    }

    [Fact]
    public async Task A_node_round_trips_from_its_id_field_through_node_for_each_kind_of_node_resolver()
    {
        await using var services = Services();

        var ids = JsonDocument.Parse(await RunAsync(
            Schema,
            Fill("""{ ticket(id: "$0") { id } document(id: "$1") { id } me { id } }""", Id("Ticket", 7), RelayQueries.DocumentId),
            services)).RootElement.GetProperty("data");
        var ticketId = ids.GetProperty("ticket").GetProperty("id").GetString()!;
        var documentId = ids.GetProperty("document").GetProperty("id").GetString()!;
        var userId = ids.GetProperty("me").GetProperty("id").GetString()!;
        Assert.Equal(Id("Ticket", 7), ticketId);
        Assert.Equal(Id("User", 5_000_000_000L), userId);

        var result = await RunAsync(
            Schema,
            """
            query($t: ID!, $d: ID!, $u: ID!) {
              t: node(id: $t) { __typename id ... on Ticket { title } }
              d: node(id: $d) { __typename id ... on Document { name } }
              u: node(id: $u) { __typename id ... on User { name } }
            }
            """,
            services,
            new Dictionary<string, object?> { ["t"] = ticketId, ["d"] = documentId, ["u"] = userId });

        Assert.Equal(
            Fill("""{"data":{"t":{"__typename":"Ticket","id":"$0","title":"Ticket 7"},"d":{"__typename":"Document","id":"$1","name":"Handbook"},"u":{"__typename":"User","id":"$2","name":"Ada"}}}""", ticketId, documentId, userId),
            result);
    }

    [Fact]
    public async Task An_id_member_of_another_type_is_encoded_with_that_type()
    {
        await using var services = Services();

        var result = await RunAsync(Schema, Fill("""{ ticket(id: "$0") { parentId } }""", Id("Ticket", 3)), services);

        Assert.Equal(Fill("""{"data":{"ticket":{"parentId":"$0"}}}""", Id("Ticket", 1)), result);
    }

    [Fact]
    public async Task A_node_resolver_that_finds_nothing_makes_node_null_without_an_error()
    {
        await using var services = Services();

        var result = await RunAsync(Schema, Fill("""{ node(id: "$0") { id } }""", Id("Ticket", 404)), services);

        Assert.Equal("""{"data":{"node":null}}""", result);
    }

    [Fact]
    public async Task Node_with_an_id_of_an_unknown_type_is_null_and_a_validation_error()
    {
        await using var services = Services();
        var id = Id("Invoice", 1);

        var result = await RunAsync(Schema, Fill("""{ node(id: "$0") { id } }""", id), services);

        Assert.Equal(
            Fill("""{"errors":[{"message":"The ID \"$0\" is not a valid node ID.","locations":[{"line":1,"column":3}],"path":["node"],"extensions":{"code":"VALIDATION_FAILED"}}],"data":{"node":null}}""", id),
            result);
    }

    [Theory]
    [InlineData("VGlja2V0OmFiYw")]      // Ticket:abc, not an int key
    [InlineData("not base64 at all!")]
    [InlineData("VGlja2V0")]            // Ticket, no separator
    [InlineData("")]
    [InlineData("42")]
    public async Task A_malformed_id_is_a_validation_error_at_the_field_for_node_and_for_a_typed_argument(string id)
    {
        await using var services = Services();

        var node = await ErrorOfAsync(Fill("""{ node(id: "$0") { id } }""", id), services);
        var ticket = await ErrorOfAsync(Fill("""{ ticket(id: "$0") { id } }""", id), services);

        Assert.Equal(("VALIDATION_FAILED", "node", $"The ID \"{id}\" is not a valid node ID."), node);
        Assert.Equal(("VALIDATION_FAILED", "ticket", $"The ID \"{id}\" is not a valid Ticket ID."), ticket);
    }

    [Fact]
    public async Task A_100_kilobyte_id_is_refused_as_a_validation_error_with_the_id_cut_in_the_message()
    {
        await using var services = Services();
        var huge = new string('A', 100 * 1024);

        var (code, path, message) = await ErrorOfAsync("query($id: ID!) { node(id: $id) { id } }", services, huge);
        var typed = await ErrorOfAsync("query($id: ID!) { ticket(id: $id) { id } }", services, huge);

        Assert.Equal(("VALIDATION_FAILED", "node"), (code, path));
        Assert.Equal($"The ID \"{new string('A', 64)}…\" is not a valid node ID.", message);
        Assert.Equal(("VALIDATION_FAILED", "ticket", $"The ID \"{new string('A', 64)}…\" is not a valid Ticket ID."), typed);
    }

    [Fact]
    public async Task An_id_of_another_type_is_a_validation_error_where_a_specific_type_is_required()
    {
        await using var services = Services();
        var userId = Id("User", 5_000_000_000L);

        var error = await ErrorOfAsync(Fill("""{ ticket(id: "$0") { id } }""", userId), services);

        Assert.Equal(("VALIDATION_FAILED", "ticket", $"The ID \"{userId}\" is not a valid Ticket ID."), error);
    }

    [Fact]
    public async Task A_list_of_typed_ids_decodes_to_the_keys_and_one_wrong_id_fails_the_field()
    {
        var good = await RunAsync(Schema, Fill("""{ ticketKeys(ids: ["$0", "$1"]) }""", Id("Ticket", 3), Id("Ticket", 1)));
        var bad = await ErrorOfAsync(Fill("""{ ticketKeys(ids: ["$0", "$1"]) }""", Id("Ticket", 3), Id("User", 1)), null);

        Assert.Equal("""{"data":{"ticketKeys":[3,1]}}""", good);
        Assert.Equal(("VALIDATION_FAILED", "ticketKeys", $"The ID \"{Id("User", 1)}\" is not a valid Ticket ID."), bad);
    }

    [Fact]
    public async Task Id_properties_of_an_input_object_decode_from_literals_and_variables()
    {
        var literal = await RunAsync(Schema, Fill("""{ link(input: { from: "$0", to: ["$1", "$2"] }) }""", Id("Ticket", 1), Id("Ticket", 2), Id("Ticket", 3)));
        var variables = new Dictionary<string, object?>
        {
            ["input"] = new Dictionary<string, object?> { ["from"] = Id("Ticket", 4), ["to"] = new[] { Id("Ticket", 5) } },
        };
        var fromVariables = await RunAsync(Schema, "query($input: LinkTicketsInput!) { link(input: $input) }", null, variables);

        Assert.Equal("""{"data":{"link":"1 -> 2,3"}}""", literal);
        Assert.Equal("""{"data":{"link":"4 -> 5"}}""", fromVariables);
    }

    [Fact]
    public async Task A_wrong_id_in_an_input_object_is_a_validation_error_at_the_field_even_from_a_variable()
    {
        var variables = new Dictionary<string, object?>
        {
            ["input"] = new Dictionary<string, object?> { ["from"] = Id("Ticket", 4), ["to"] = new[] { Id("User", 5) } },
        };

        var error = await ErrorOfAsync("query($input: LinkTicketsInput!) { link(input: $input) }", null, variables: variables);

        Assert.Equal(("VALIDATION_FAILED", "link", $"The ID \"{Id("User", 5)}\" is not a valid Ticket ID."), error);
    }

    [Fact]
    public async Task An_untyped_id_argument_accepts_any_node_type_and_decodes_the_key()
    {
        var result = await RunAsync(Schema, Fill("""{ anyKey(id: "$0") }""", Id("Whatever", "k-1")));

        Assert.Equal("""{"data":{"anyKey":"k-1"}}""", result);
    }

    [Fact]
    public async Task Nodes_resolves_fifty_ids_in_order_with_null_for_the_missing()
    {
        await using var services = Services();
        var ids = Enumerable.Range(1, 49).Select(i => Id("Ticket", i * 3)).Append(Id("User", 5_000_000_000L)).ToList();

        var result = await RunAsync(Schema, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", services, new Dictionary<string, object?> { ["ids"] = ids });

        var nodes = JsonDocument.Parse(result).RootElement.GetProperty("data").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(50, nodes.Count);
        for (var i = 0; i < 49; i++)
        {
            var key = (i + 1) * 3;
            Assert.Equal(key <= 100 ? ids[i] : null, nodes[i].ValueKind == JsonValueKind.Null ? null : nodes[i].GetProperty("id").GetString());
        }

        Assert.Equal(ids[49], nodes[49].GetProperty("id").GetString());
        Assert.DoesNotContain("errors", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nodes_with_fifty_one_ids_is_a_validation_error_and_resolves_nothing()
    {
        var schema = SchemaBuilder.New()
            .AddGlobalObjectIdentification()
            .AddQueryType(d => d.Field("counted").Type<CountedType>().Resolve(_ => null))
            .AddType<CountedType>()
            .Create();
        var ids = Enumerable.Range(1, 51).Select(i => Id("Counted", i)).ToList();

        var result = await RunAsync(schema, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", null, new Dictionary<string, object?> { ["ids"] = ids });

        Assert.Equal(
            """{"errors":[{"message":"The field \"nodes\" accepts at most 50 IDs, but 51 were given.","locations":[{"line":1,"column":23}],"path":["nodes"],"extensions":{"code":"VALIDATION_FAILED"}}],"data":null}""",
            result);
        Assert.Equal(0, CountedType.Calls);
    }

    [Fact]
    public async Task The_nodes_batch_limit_is_an_option()
    {
        await using var services = Services();
        var schema = Builder(o => o.MaxAllowedNodeBatchSize = 2).Create();
        var ids = Enumerable.Range(1, 3).Select(i => Id("Ticket", i)).ToList();

        var (code, _, message) = await ErrorOfAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", services, variables: new Dictionary<string, object?> { ["ids"] = ids }, schema: schema);

        Assert.Equal("VALIDATION_FAILED", code);
        Assert.Equal("The field \"nodes\" accepts at most 2 IDs, but 3 were given.", message);
    }

    [Fact]
    public async Task A_malformed_id_among_nodes_is_null_with_an_error_at_its_index()
    {
        await using var services = Services();

        var result = await RunAsync(Schema, Fill("""{ nodes(ids: ["$0", "bad"]) { id } }""", Id("Ticket", 2)), services);

        Assert.Equal(
            Fill("""{"errors":[{"message":"The ID \"bad\" is not a valid node ID.","locations":[{"line":1,"column":3}],"path":["nodes",1],"extensions":{"code":"VALIDATION_FAILED"}}],"data":{"nodes":[{"id":"$0"},null]}}""", Id("Ticket", 2)),
            result);
    }

    [Fact]
    public async Task Introspection_sees_the_node_interface_its_implementations_and_the_root_fields()
    {
        var result = await RunAsync(
            Schema,
            """
            {
              node: __type(name: "Node") { kind fields { name type { kind ofType { name } } } possibleTypes { name } }
              ticket: __type(name: "Ticket") { interfaces { name } }
              query: __type(name: "Query") { fields { name args { name type { kind ofType { kind } } } } }
            }
            """);

        using var document = JsonDocument.Parse(result);
        var data = document.RootElement.GetProperty("data");
        Assert.Equal(
            """{"kind":"INTERFACE","fields":[{"name":"id","type":{"kind":"NON_NULL","ofType":{"name":"ID"}}}],"possibleTypes":[{"name":"User"},{"name":"Ticket"},{"name":"Document"}]}""",
            data.GetProperty("node").GetRawText());
        Assert.Equal("""{"interfaces":[{"name":"Node"}]}""", data.GetProperty("ticket").GetRawText());
        var nodes = data.GetProperty("query").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "nodes");
        Assert.Equal("""{"name":"nodes","args":[{"name":"ids","type":{"kind":"NON_NULL","ofType":{"kind":"LIST"}}}]}""", nodes.GetRawText());
    }

    [Fact]
    public void A_node_type_without_a_node_resolver_does_not_build()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.New()
            .AddGlobalObjectIdentification()
            .AddQueryType(d => d.Field("orphan").Type<Orphan>().Resolve(_ => null))
            .Create());

        Assert.Contains("The node type \"Orphan\" has no node resolver", Assert.Single(exception.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_node_type_needs_global_object_identification()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.New().AddQueryType<RelayQueries>().Create());

        Assert.Contains(exception.Errors, e => e.Message.StartsWith("The type \"Ticket\" is a node, but the schema has no Node interface", StringComparison.Ordinal));
    }

    private static string Fill(string template, params object[] values)
    {
        for (var i = values.Length - 1; i >= 0; i--)
        {
            template = template.Replace("$" + i, values[i].ToString(), StringComparison.Ordinal);
        }

        return template;
    }

    private static async Task<(string? Code, string? Path, string? Message)> ErrorOfAsync(
        string query,
        IServiceProvider? services,
        string? id = null,
        IReadOnlyDictionary<string, object?>? variables = null,
        Schema? schema = null)
    {
        var json = await RunAsync(schema ?? Schema, query, services, variables ?? (id is null ? null : new Dictionary<string, object?> { ["id"] = id }));
        using var document = JsonDocument.Parse(json);
        var error = Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray().ToList());
        return (
            error.GetProperty("extensions").GetProperty("code").GetString(),
            error.GetProperty("path")[0].GetString(),
            error.GetProperty("message").GetString());
    }

    [Node]
    public sealed record Orphan(int Id);

    public sealed record Counted(int Id);

    public sealed class CountedType : ObjectType<Counted>
    {
        public static int Calls;

        protected override void Configure(IObjectTypeDescriptor<Counted> descriptor)
            => descriptor.ImplementsNode().ResolveNode<int>((_, id) =>
            {
                Interlocked.Increment(ref Calls);
                return Task.FromResult<Counted?>(new Counted(id));
            });
    }

    public sealed record Gated(int Id);

    public sealed class GatedType : ObjectType<Gated>
    {
        protected override void Configure(IObjectTypeDescriptor<Gated> descriptor)
            => descriptor.ImplementsNode().ResolveNode<int>(async (context, id) =>
            {
                await context.Service<ConcurrencyGate>().EnterAsync();
                return new Gated(id);
            });
    }

    public sealed class ConcurrencyGate(int expected)
    {
        private readonly TaskCompletionSource _allEntered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _entered;

        public Task EnterAsync()
        {
            if (Interlocked.Increment(ref _entered) == expected)
            {
                _allEntered.SetResult();
            }

            // A guard so that a sequential implementation fails the test instead of hanging it.
            return _allEntered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }
}
