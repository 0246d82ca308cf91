using System.Text.Json;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.Data.Tests.Fields;

public sealed class PagingSchemaTests
{
    private static readonly KtPortal.GraphQL.Types.Schema Schema = SchemaBuilder.New().AddQueryType<ItemQuery>().Create();

    [Fact]
    public void A_paged_field_prints_as_a_connection_with_Relay_arguments_and_cost_directives()
    {
        Assert.Equal(
            """"
            directive @cost(weight: String!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR

            directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION

            """An in-memory list, paged by LINQ to objects."""
            type Query {
              """All items."""
              items(
                """Returns the first _n_ elements from the list."""
                first: Int

                """Returns the elements in the list that come after the specified cursor."""
                after: String

                """Returns the last _n_ elements from the list."""
                last: Int

                """
                Returns the elements in the list that come before the specified cursor.
                """
                before: String
              ): ItemConnection! @listSize(assumedSize: 20, slicingArguments: ["first", "last"], sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false) @cost(weight: "5")

              """Items by name."""
              itemsByName(
                """Returns the first _n_ elements from the list."""
                first: Int

                """Returns the elements in the list that come after the specified cursor."""
                after: String

                """Returns the last _n_ elements from the list."""
                last: Int

                """
                Returns the elements in the list that come before the specified cursor.
                """
                before: String
              ): ItemConnection! @listSize(assumedSize: 5, slicingArguments: ["first", "last"], sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false) @cost(weight: "5")
            }

            """A thing."""
            type Item {
              """The key."""
              id: Int!

              """The name."""
              name: String!
            }

            """Information about pagination in a connection."""
            type PageInfo {
              """
              Indicates whether more edges exist following the set defined by the clients arguments.
              """
              hasNextPage: Boolean!

              """
              Indicates whether more edges exist prior the set defined by the clients arguments.
              """
              hasPreviousPage: Boolean!

              """When paginating backwards, the cursor to continue."""
              startCursor: String

              """When paginating forwards, the cursor to continue."""
              endCursor: String
            }

            """A connection to a list of items."""
            type ItemConnection {
              """Information to aid in pagination."""
              pageInfo: PageInfo!

              """A list of edges."""
              edges: [ItemEdge!]

              """A flattened list of the nodes."""
              nodes: [Item!]

              """Identifies the total count of items in the connection."""
              totalCount: Int! @cost(weight: "10")
            }

            """An edge in a connection."""
            type ItemEdge {
              """A cursor for use in pagination."""
              cursor: String!

              """The item at the end of the edge."""
              node: Item!
            }
            """",
            SchemaPrinter.Print(Schema));
    }

    [Fact]
    public async Task Without_first_or_last_a_page_has_the_default_size_and_walks_on_with_its_cursor()
    {
        var first = await RunAsync("{ items { nodes { id } pageInfo { hasNextPage hasPreviousPage endCursor } totalCount } }");
        var page = first.GetProperty("data").GetProperty("items");
        Assert.Equal(Enumerable.Range(1, 20), page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
        Assert.Equal(250, page.GetProperty("totalCount").GetInt32());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

        var cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await RunAsync($$"""{ items(first: 3, after: "{{cursor}}") { edges { node { id } } pageInfo { hasPreviousPage } } }""");
        var edges = second.GetProperty("data").GetProperty("items").GetProperty("edges");
        Assert.Equal([21, 22, 23], edges.EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetInt32()));
        Assert.True(second.GetProperty("data").GetProperty("items").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Last_takes_the_end_of_the_list_in_order()
    {
        var result = await RunAsync("{ items(last: 2) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }");

        Assert.Equal(
            """{"items":{"nodes":[{"id":249},{"id":250}],"pageInfo":{"hasNextPage":false,"hasPreviousPage":true}}}""",
            result.GetProperty("data").GetRawText());
    }

    [Theory]
    [InlineData("items(first: 101)", "Requesting 101 records with \"first\" exceeds the maximum of 100 records per page.")]
    [InlineData("itemsByName(last: 11)", "Requesting 11 records with \"last\" exceeds the maximum of 10 records per page.")]
    [InlineData("items(first: -1)", "\"first\" must not be negative.")]
    [InlineData("items(first: 1, last: 1)", "Passing both \"first\" and \"last\" to paginate a connection is not supported.")]
    [InlineData("items(after: \"garbage!\")", "The cursor given as \"after\" is not valid: it is not a cursor of this field.")]
    [InlineData("items(before: \"WyJ4Il0\")", "The cursor given as \"before\" is not valid: it is not a cursor of this field.")]
    [InlineData("items(after: \"WyIwMDAwMDAwMCIsMV0\")", "The cursor given as \"after\" is not valid: it was made for a different ordering; start again without a cursor.")]
    public async Task Bad_paging_arguments_fail_the_field_with_VALIDATION_FAILED(string field, string message)
    {
        var result = await RunAsync($"{{ {field} {{ nodes {{ id }} }} }}");

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(ErrorCodes.ValidationFailed, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_cursor_of_another_ordering_or_a_huge_cursor_is_VALIDATION_FAILED()
    {
        var byName = await RunAsync("{ itemsByName(first: 1) { pageInfo { endCursor } } }");
        var cursor = byName.GetProperty("data").GetProperty("itemsByName").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var foreign = await RunAsync($$"""{ items(after: "{{cursor}}") { nodes { id } } }""");
        var huge = await RunAsync($$"""{ items(after: "{{new string('A', 100_000)}}") { nodes { id } } }""");

        Assert.Contains("made for a different ordering", foreign.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.ValidationFailed, foreign.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("The cursor given as \"after\" is not valid: it is too long.", huge.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(ErrorCodes.ValidationFailed, huge.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_page_of_100_with_a_nested_object_fits_the_default_field_cost_limit()
    {
        var executor = new RequestExecutor(Schema);
        await using var result = await executor.ExecuteAsync(new OperationRequest
        {
            Query = "{ items(first: 100) { nodes { id name } edges { cursor } pageInfo { hasNextPage } } }",
            CostReport = KtPortal.GraphQL.CostAnalysis.CostReportMode.Validate,
        });

        var json = JsonDocument.Parse(Assert.IsType<OperationResult>(result).ToJson()).RootElement;
        var cost = json.GetProperty("extensions").GetProperty("operationCost");
        Assert.Equal(5 + 1 + 1 + 1, cost.GetProperty("fieldCost").GetDouble());
    }

    [Fact]
    public async Task Global_paging_options_apply_to_every_field_and_a_field_s_own_settings_win()
    {
        var services = new ServiceCollection();
        services.AddGraphQLServer().AddQueryType<ItemQuery>().ModifyPagingOptions(o =>
        {
            o.DefaultPageSize = 3;
            o.MaxPageSize = 4;
        });
        await using var provider = services.BuildServiceProvider();
        var executor = provider.GetRequiredService<IRequestExecutor>();

        await using var defaulted = await executor.ExecuteAsync(new OperationRequest { Query = "{ items { nodes { id } } itemsByName(first: 10) { nodes { id } } }" });
        await using var tooMany = await executor.ExecuteAsync(new OperationRequest { Query = "{ items(first: 5) { nodes { id } } }" });

        var json = JsonDocument.Parse(Assert.IsType<OperationResult>(defaulted).ToJson()).RootElement;
        Assert.Equal(3, json.GetProperty("data").GetProperty("items").GetProperty("nodes").GetArrayLength());
        Assert.Equal(10, json.GetProperty("data").GetProperty("itemsByName").GetProperty("nodes").GetArrayLength());
        Assert.Contains("exceeds the maximum of 4 records per page", Assert.IsType<OperationResult>(tooMany).ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Paging_an_entity_without_a_key_is_a_schema_error()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.New().AddQueryType<KeylessQuery>().Create());

        Assert.Contains("Keyless has no key: mark one property [Key] or name it Id", Assert.Single(exception.Errors).Message, StringComparison.Ordinal);
    }

    /// <summary>A list of rows without a key.</summary>
    public sealed class KeylessQuery
    {
        /// <summary>Rows.</summary>
        [KtPortal.GraphQL.Data.Paging.UsePaging]
        public IEnumerable<Keyless> GetRows() => [];
    }

    /// <summary>A row without a key.</summary>
    public sealed record Keyless(string Name);

    private static async Task<JsonElement> RunAsync(string query)
    {
        var executor = new RequestExecutor(Schema);
        await using var result = await executor.ExecuteAsync(new OperationRequest { Query = query });
        return JsonDocument.Parse(Assert.IsType<OperationResult>(result).ToJson()).RootElement.Clone();
    }
}
