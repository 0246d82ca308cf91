using KtPortal.GraphQL.Execution;
using KtPortal.Testing;
using KtPortal.GraphQL.Types;
using static KtPortal.GraphQL.Tests.CostAnalysis.CostTestHelpers;

namespace KtPortal.GraphQL.Tests.CostAnalysis;

/// <summary>
/// Field and type cost of hand-computed operations: per field, weight + argument costs + children × list size
/// for the field cost, and (type weight + children) × list size for the type cost, the root type counting 1.
/// </summary>
// https://ibm.github.io/graphql-specs/cost-spec.html
public sealed class CostCalculationTests
{
    private static readonly Schema Users = SchemaBuilder.New().AddDocumentFromString("""
        type User {
          name: String
          age: Int @cost(weight: "2.0")
          friends(first: Int = 10): [User] @listSize(slicingArguments: ["first"])
        }

        type Query {
          users(max: Int): [User] @listSize(slicingArguments: ["max"])
          me: User
          user(id: ID): User
        }
        """).Create();

    private static readonly Schema Books = SchemaBuilder.New().AddDocumentFromString("""
        type Query {
          books(first: Int, last: Int): BookConnection
            @listSize(assumedSize: 100, slicingArguments: ["first", "last"], sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false)
            @cost(weight: "10")
        }

        type BookConnection { edges: [BookEdge] nodes: [Book] totalCount: Int }
        type BookEdge { node: Book cursor: String }
        type Book { title: String author: Author }
        type Author { name: String }
        """).Create();

    private static readonly Schema Search = SchemaBuilder.New().AddDocumentFromString("""
        interface Node { id: ID! }
        type Photo implements Node { id: ID! url: String @cost(weight: "5") }
        type Post implements Node { id: ID! author: Author comments: [Comment] @listSize(assumedSize: 20) }
        type Author { name: String }
        type Comment { text: String }
        union SearchResult = Photo | Post

        type Query {
          search: [SearchResult] @listSize(assumedSize: 10)
          node: Node
        }
        """).Create();

    [Fact]
    public async Task SpecExample_ListSizedByASlicingArgument_MultipliesItsChildren()
        // users: 1 + (name 0 + age 2) × 5 = 11; type: Query 1 + User 1 × 5 = 6.
        => Assert.Equal((11, 6), await Users.CostAsync("{ users(max: 5) { name age } }"));

    [Fact]
    public async Task NestedLists_MultiplyTheirSizes_AndASlicingVariableIsPricedFromItsValue()
        // friends: 1 + 0 × 3 = 1, type 3; users: 1 + 1 × 4 = 5, type (1 + 3) × 4 = 16, + Query.
        => Assert.Equal(
            (5, 17),
            await Users.CostAsync("query($n: Int) { users(max: $n) { friends(first: 3) { name } } }", new Dictionary<string, object?> { ["n"] = 4 }));

    [Fact]
    public async Task SlicingVariable_GivenAsJson_IsPricedFromItsValue()
        => Assert.Equal((5, 17), await Users.CostAsync("query($n: Int) { users(max: $n) { friends(first: 3) { name } } }", JsonVariables("""{"n":4}""")));

    [Fact]
    public async Task SlicingVariable_WithoutValue_UsesTheVariableDefault()
        => Assert.Equal((11, 6), await Users.CostAsync("query($n: Int = 5) { users(max: $n) { name age } }"));

    [Fact]
    public async Task OmittedSlicingArgument_UsesTheArgumentDefault()
        // friends: 1 + age 2 × 10 = 21, type 10; users: 1 + 21 × 2 = 43, type (1 + 10) × 2 = 22, + Query.
        => Assert.Equal((43, 23), await Users.CostAsync("{ users(max: 2) { friends { age } } }"));

    [Fact]
    public async Task DifferentVariableValues_GiveDifferentFigures_OnTheSameCachedDocument()
    {
        var executor = new RequestExecutor(Users);
        const string Query = "query($n: Int) { users(max: $n) { age } }";

        Assert.Equal((21, 11), await executor.CostAsync(Query, new Dictionary<string, object?> { ["n"] = 10 }));
        Assert.Equal((201, 101), await executor.CostAsync(Query, new Dictionary<string, object?> { ["n"] = 100 }));
        Assert.Equal((21, 11), await executor.CostAsync(Query, new Dictionary<string, object?> { ["n"] = 10 }));
    }

    [Fact]
    public async Task FiguresThatReadNoVariable_AreComputedOncePerCachedOperation()
    {
        var executor = new RequestExecutor(Users);
        await executor.CostAsync("query($id: ID) { user(id: $id) { name } }", new Dictionary<string, object?> { ["id"] = "1" });
        await executor.CostAsync("query($id: ID) { user(id: $id) { name } }", new Dictionary<string, object?> { ["id"] = "2" });
        Assert.Equal(1, executor.CostAnalysisCount);

        await executor.CostAsync("query($n: Int) { users(max: $n) { name } }", new Dictionary<string, object?> { ["n"] = 3 });
        await executor.CostAsync("query($n: Int) { users(max: $n) { name } }", new Dictionary<string, object?> { ["n"] = 3 });
        Assert.Equal(3, executor.CostAnalysisCount);
    }

    [Fact]
    public async Task RequiredSlicingArgument_Missing_IsARequestError()
    {
        var result = Assert.IsType<OperationResult>(await new RequestExecutor(Users).ExecuteAsync(new OperationRequest { Query = "{ users { name } }" }));

        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Equal("Exactly one slicing argument of \"max\" is required on the field \"Query.users\".", error.Message);
    }

    [Fact]
    public async Task SizedFields_TakeTheSlicingArgument_AsHotChocolateDocumentsIt()
        // books: 10 + edges (1 + node (1 + author 1) × 50) = 111; type: Query 1 + connection 1 + 50 × (edge 1 + book 1 + author 1).
        => Assert.Equal((111, 152), await Books.CostAsync("{ books(first: 50) { edges { node { title author { name } } } } }"));

    [Fact]
    public async Task SizedFields_WithoutSlicingArgument_UseTheAssumedSize()
        // books: 10 + nodes (1 + 0 × 100) = 11; type: 1 + 1 + 100.
        => Assert.Equal((11, 102), await Books.CostAsync("{ books { nodes { title } totalCount } }"));

    [Fact]
    public async Task SeveralSlicingArguments_TakeTheLargest()
        => Assert.Equal((11, 32), await Books.CostAsync("{ books(first: 10, last: 30) { nodes { title } } }"));

    [Fact]
    public async Task Union_TakesTheMostExpensiveBranch_ForFieldAndTypeCostSeparately()
        // Photo: field 5, type 1. Post: field author 1 + comments 1 = 2, type 1 + 1 + 20 = 22.
        // search: 1 + 5 × 10 = 51; type 22 × 10 + Query.
        => Assert.Equal(
            (51, 221),
            await Search.CostAsync("{ search { ... on Photo { url } ... on Post { author { name } comments { text } } } }"));

    [Fact]
    public async Task Interface_WithoutFragments_IsPricedOnItsOwnFields()
        => Assert.Equal((1, 2), await Search.CostAsync("{ node { id __typename } }"));

    [Fact]
    public async Task NamedFragment_OnAPossibleType_CountsForThatTypeOnly()
        // Post: comments 1 (type 20) → field 1 + 1, type Query 1 + max(Photo 1, Post 1 + 20).
        => Assert.Equal((2, 22), await Search.CostAsync("{ node { id ...P } } fragment P on Post { comments { text } }"));

    [Fact]
    public async Task RepeatedFields_AreMergedByResponseKey_AndPricedOnce()
        => Assert.Equal((11, 6), await Users.CostAsync("{ users(max: 5) { name } users(max: 5) { age } }"));

    [Fact]
    public async Task AliasedFields_ArePricedEach()
        => Assert.Equal((22, 11), await Users.CostAsync("{ a: users(max: 5) { age } b: users(max: 5) { age } }"));

    [Theory]
    [InlineData(true, 1, 6)]
    [InlineData(false, 11, 6)]
    public async Task SkippedFields_CostNothing(bool skip, double fieldCost, double typeCost)
        => Assert.Equal(
            (fieldCost, typeCost),
            await Users.CostAsync("query($skip: Boolean!) { users(max: 5) { name age @skip(if: $skip) } }", new Dictionary<string, object?> { ["skip"] = skip }));

    [Fact]
    public async Task ExcludedFragments_CostNothing()
        => Assert.Equal((1, 6), await Users.CostAsync("{ users(max: 5) { ... @include(if: false) { age } } }"));

    [Fact]
    public async Task ObjectWeight_CountsInTheTypeCost()
    {
        var schema = SchemaBuilder.New().AddDocumentFromString("""
            type Report @cost(weight: "3") { title: String }
            type Query { reports: [Report] @listSize(assumedSize: 4) }
            """).Create();

        // Field: 1 + 0 × 4; type: Query 1 + Report 3 × 4.
        Assert.Equal((1, 13), await schema.CostAsync("{ reports { title } }"));
    }

    [Fact]
    public async Task ArgumentWeights_CountWhenTheArgumentIsGiven()
    {
        var schema = SchemaBuilder.New().AddDocumentFromString("""
            type Query { search(term: String @cost(weight: "7"), exact: Boolean): [String] }
            """).Create();

        Assert.Equal((0, 1), await schema.CostAsync("{ search }"));
        Assert.Equal((7, 1), await schema.CostAsync("{ search(term: \"x\", exact: true) }"));
        Assert.Equal((7, 1), await schema.CostAsync("query($t: String) { search(term: $t) }", new Dictionary<string, object?> { ["t"] = "x" }));
        Assert.Equal((0, 1), await schema.CostAsync("query($t: String) { search(term: $t) }"));
    }

    [Fact]
    public async Task Introspection_IsPricedLikeAnyOtherSelection_AndTheStandardQueryIsWellUnderTheDefaults()
    {
        var query = RepositoryFiles.ReadText("tests", "GraphQL.Tests", "Introspection", "__snapshots__", "introspection-query.graphql");

        var (fieldCost, typeCost) = await Users.CostAsync(query);

        // Lists without @listSize count once: 71 and 72 for this schema, whatever its size.
        Assert.Equal((71, 72), (fieldCost, typeCost));
        var result = Assert.IsType<OperationResult>(await new RequestExecutor(Users).ExecuteAsync(new OperationRequest { Query = query }));
        Assert.Empty(result.Errors);
    }
}
