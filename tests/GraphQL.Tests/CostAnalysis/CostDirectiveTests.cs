using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.CostAnalysis;

public sealed class CostDirectiveTests
{
    [Fact]
    public void SchemaApplyingTheDirectives_GetsTheirDefinitionsAsTheSpecGivesThem_AndPrintsTheApplications()
    {
        var schema = SchemaBuilder.New().AddDocumentFromString("""
            type Query {
              users(first: Int @cost(weight: "2")): [User] @listSize(slicingArguments: ["first"], requireOneSlicingArgument: false) @cost(weight: "10")
            }

            type User @cost(weight: "3") { name: String }
            """).Create();

        Assert.Equal(
            """
            directive @cost(weight: String!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR

            directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION

            type Query {
              users(first: Int @cost(weight: "2")): [User] @listSize(slicingArguments: ["first"], requireOneSlicingArgument: false) @cost(weight: "10")
            }

            type User @cost(weight: "3") {
              name: String
            }
            """,
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void SchemaNotApplyingThem_IsUnchanged()
    {
        var schema = SchemaBuilder.New().AddDocumentFromString("type Query { a: Int }").Create();
        var onlyCost = SchemaBuilder.New().AddDocumentFromString("""type Query { a: Int @cost(weight: "1") }""").Create();

        Assert.False(schema.Directives.ContainsKey("cost"));
        Assert.False(onlyCost.Directives.ContainsKey("listSize"));
        Assert.Equal("type Query {\n  a: Int\n}", SchemaPrinter.Print(schema));
    }

    [Fact]
    public async Task TheDefinitions_AreIntrospectable_WhereUsed()
    {
        var schema = SchemaBuilder.New().AddDocumentFromString("""type Query { a: [Int] @cost(weight: "1") @listSize(assumedSize: 2) }""").Create();

        var json = Assert.IsType<OperationResult>(await new RequestExecutor(schema).ExecuteAsync(new OperationRequest
        {
            Query = "{ __schema { directives { name args { name type { name kind ofType { name } } defaultValue } } } }",
        })).ToJson();

        Assert.Contains("""{"name":"cost","args":[{"name":"weight","type":{"name":null,"kind":"NON_NULL","ofType":{"name":"String"}},"defaultValue":null}]}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"name":"requireOneSlicingArgument","type":{"name":"Boolean","kind":"SCALAR","ofType":null},"defaultValue":"true"}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void CodeFirstDescriptor_AppliesThemByName_AsTheConnectionMiddlewareWill()
    {
        var schema = SchemaBuilder.New().AddQueryType(descriptor => descriptor
            .Field("books")
            .Type("[String!]!")
            .Argument("first", a => a.Type<int?>())
            .Directive("listSize", new Dictionary<string, object?>
            {
                ["assumedSize"] = 100,
                ["slicingArguments"] = new[] { "first", "last" },
                ["sizedFields"] = new[] { "edges", "nodes" },
                ["requireOneSlicingArgument"] = false,
            })
            .Directive("cost", new Dictionary<string, object?> { ["weight"] = "10" })
            .Resolve(_ => Array.Empty<string>()))
            .Create();

        Assert.Contains(
            """books(first: Int): [String!]! @listSize(assumedSize: 100, slicingArguments: ["first", "last"], sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false) @cost(weight: "10")""",
            SchemaPrinter.Print(schema),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attributes_ApplyThemToFieldsArgumentsInputFieldsAndObjectTypes()
    {
        var schema = SchemaBuilder.New().AddQueryType<AttributeQuery>().Create();

        var sdl = SchemaPrinter.Print(schema);

        Assert.Contains("""reports(take: Int! = 10 @cost(weight: "2"), filter: ReportFilterInput): [Report!]! @cost(weight: "5") @listSize(slicingArguments: ["take"])""", sdl, StringComparison.Ordinal);
        Assert.Contains("""type Report @cost(weight: "4") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("""title: String @cost(weight: "1.5")""", sdl, StringComparison.Ordinal);

        // reports: 5 + take 2 + filter.title 1.5 + 0 × 3; type: Query 1 + Report 4 × 3.
        Assert.Equal((8.5, 13), await schema.CostAsync("""{ reports(take: 3, filter: { title: "x" }) { id } }"""));
    }

    public sealed class AttributeQuery
    {
        [Cost(5)]
        [ListSize(SlicingArguments = ["take"])]
        public Report[] Reports([Cost(2)] int take = 10, ReportFilter? filter = null) => [];
    }

    [Cost(4)]
    public sealed record Report(string Id);

    public sealed class ReportFilter
    {
        [Cost(1.5)]
        public string? Title { get; set; }
    }
}
