using System.Text.Json;
using KtPortal.GraphQL.Data.Filtering;
using KtPortal.GraphQL.Data.Sorting;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Tests.Filtering;

/// <summary>A resolver returning an in-memory list: the same inputs, evaluated by LINQ to objects, with null navigations guarded.</summary>
public sealed class InMemoryFilteringTests
{
    private static readonly Schema Schema = SchemaBuilder.New().AddQueryType<GadgetQuery>().Create();

    [Theory]
    [InlineData("""parent: { serial: { eq: "G-1" } }""", new[] { 2, 3 })]
    [InlineData("""parent: { serial: { neq: "G-1" } }""", new int[0])]
    [InlineData("""nickname: { nstartsWithIgnoreCase: "al" }""", new[] { 2, 3 })]
    [InlineData("""nickname: { startsWith: "b" }""", new[] { 3 })]
    [InlineData("""nickname: { eq: null }""", new[] { 2 })]
    [InlineData("""flag: { eq: null }""", new[] { 1, 4 })]
    [InlineData("""flag: { neq: true }""", new[] { 1, 3, 4 })]
    [InlineData("""price: { in: [3, 7.25] }""", new[] { 2, 3, 4 })]
    [InlineData("""weight: { ngt: 1.5 }""", new[] { 1, 3 })]
    [InlineData("""madeOn: { gte: "2026-01-01" }""", new[] { 1, 2, 4 })]
    [InlineData("""key: { eq: "0b9f4c9e-4e55-4b83-a6c5-5d1f6b0e1a01" }""", new[] { 4 })]
    [InlineData("""key: { gt: "00000000-0000-0000-0000-000000000000" }""", new[] { 4 })]
    [InlineData("""big: { gt: 4000000000 }""", new[] { 1 })]
    [InlineData("""big: { in: [0, 1] }""", new[] { 2, 3, 4 })]
    [InlineData("""sizes: { some: { gt: 1 } }""", new[] { 1, 3 })]
    [InlineData("""sizes: { all: { lt: 3 } }""", new[] { 1, 2, 4 })]
    [InlineData("""sizes: { none: { eq: 3 }, any: true }""", new[] { 1 })]
    [InlineData("""serial: { startsWithIgnoreCase: "g-" }, or: [{ id: { eq: 1 } }, { id: { eq: 3 } }]""", new[] { 1, 3 })]
    [InlineData("""serial: { contains: "_%" }""", new[] { 4 })]
    public async Task Filters_evaluate_in_memory(string where, int[] expected)
        => Assert.Equal(expected, await IdsAsync($"where: {{ {where} }}"));

    [Fact]
    public async Task Sorting_in_memory_reads_a_missing_navigation_as_null_and_ends_with_the_key()
    {
        Assert.Equal(new[] { 2, 3, 4, 1 }, await IdsAsync("order: [{ parent: { serial: DESC } }, { price: ASC }]"));
        Assert.Equal(new[] { 2, 4, 3, 1 }, await IdsAsync("order: [{ price: ASC }]"));
        Assert.Equal(new[] { 4, 3, 2, 1 }, await IdsAsync("order: [{ id: DESC }]"));
    }

    [Fact]
    public async Task The_depth_limit_is_an_option()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType(d => d.Field("gadgets").Type("[Gadget!]!").Resolve(_ => GadgetQuery.All).UseFiltering<Gadget>(o => o.MaxDepth = 2))
            .Create();

        Assert.Equal("""{"data":{"gadgets":[{"id":1}]}}""", await RunAsync(schema, "{ gadgets(where: { and: [{ id: { eq: 1 } }] }) { id } }"));
        Assert.Equal(
            """{"errors":[{"message":"Invalid where.and[0].or[0]: filters nest deeper than 2 levels.","locations":[{"line":1,"column":3}],"path":["gadgets"],"extensions":{"code":"VALIDATION_FAILED","input":"where.and[0].or[0]"}}],"data":null}""",
            await RunAsync(schema, "{ gadgets(where: { and: [{ or: [{ id: { eq: 1 } }] }] }) { id } }"));
    }

    [Fact]
    public async Task An_outer_middleware_such_as_paging_receives_the_filtered_and_sorted_query_to_execute()
    {
        var schema = SchemaBuilder.New().AddQueryType<PagedGadgetQuery>().Create();

        Assert.Equal(
            """{"data":{"gadgets":[{"id":3},{"id":2}]}}""",
            await RunAsync(schema, """{ gadgets(where: { serial: { startsWithIgnoreCase: "g" } }, order: [{ id: DESC }]) { id } }"""));
    }

    [Fact]
    public async Task A_member_typed_with_GraphQLType_filters_with_that_scalars_input()
    {
        var schema = SchemaBuilder.New().AddQueryType<WidgetQuery>().Create();

        Assert.Contains("  id: IdOperationFilterInput\n", SchemaText.Types(schema, "WidgetFilterInput"), StringComparison.Ordinal);
        Assert.Equal("""{"data":{"widgets":[{"id":"2"}]}}""", await RunAsync(schema, """{ widgets(where: { id: { in: ["2", 3] } }) { id } }"""));
    }

    public sealed class Widget
    {
        [GraphQLType("ID!")]
        public int Id { get; init; }
    }

    public sealed class WidgetQuery
    {
        [UseFiltering]
        public IEnumerable<Widget> Widgets => [new Widget { Id = 1 }, new Widget { Id = 2 }];
    }

    public sealed class PagedGadgetQuery
    {
        [FirstTwo]
        [UseFiltering]
        [UseSorting]
        public IEnumerable<Gadget> Gadgets => GadgetQuery.All;
    }

    // Stands in for [UsePaging]: declared first, so it runs outermost and executes what the inner middleware shaped.
    private sealed class FirstTwoAttribute([System.Runtime.CompilerServices.CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
    {
        protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, System.Reflection.MemberInfo member)
            => descriptor.Use(next => async resolverContext =>
            {
                var query = Assert.IsType<DataQuery<Gadget>>(await next(resolverContext));
                Assert.Single(query.Filters);
                return query.ToQueryable().Take(2).ToList();
            });
    }

    private static async Task<int[]> IdsAsync(string arguments)
    {
        using var document = JsonDocument.Parse(await RunAsync(Schema, $"{{ gadgets({arguments}) {{ id }} }}"));
        Assert.False(document.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return [.. document.RootElement.GetProperty("data").GetProperty("gadgets").EnumerateArray().Select(g => g.GetProperty("id").GetInt32())];
    }

    private static async Task<string> RunAsync(Schema schema, string query)
    {
        await using var result = await new RequestExecutor(schema).ExecuteAsync(new OperationRequest { Query = query });
        return Assert.IsType<OperationResult>(result).ToJson();
    }
}
