using System.Text.Json;
using KtPortal.GraphQL.CostAnalysis;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.CostAnalysis;

public sealed class CostLimitTests
{
    private const string Sdl = """
        type User { name: String age: Int @cost(weight: "2") }
        type Query { users(max: Int): [User] @listSize(slicingArguments: ["max"]) }
        """;

    [Fact]
    public async Task OverTheFieldCostLimit_IsRejectedBeforeAnyResolverRuns_WithTheFiguresAndLimits()
    {
        var calls = 0;
        var executor = new RequestExecutor(Schema(() => calls++));

        var result = await RunAsync(executor, "{ users(max: 1000) { age } }");

        Assert.Equal(0, calls);
        Assert.False(result.HasData);
        Assert.Equal(
            """{"errors":[{"message":"The maximum allowed field cost was exceeded.","extensions":{"code":"COST_LIMIT_EXCEEDED","fieldCost":2001,"typeCost":1001,"maxFieldCost":1000,"maxTypeCost":10000}}]}""",
            result.ToJson());
    }

    [Fact]
    public async Task OverTheTypeCostLimit_IsRejected()
    {
        var result = await RunAsync(new RequestExecutor(Schema()), "{ users(max: 20000) { name } }");

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.CostLimitExceeded, error.Code);
        Assert.Equal("The maximum allowed type cost was exceeded.", error.Message);
        Assert.Equal(20001.0, error.Extensions!["typeCost"]);
    }

    [Fact]
    public async Task AtTheLimit_Runs()
    {
        var calls = 0;
        var result = await RunAsync(new RequestExecutor(Schema(() => calls++)), "{ users(max: 499) { age } }");

        Assert.Empty(result.Errors);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Limits_AreConfigurableOnTheExecutorOptions()
    {
        var options = new RequestExecutorOptions { MaxFieldCost = 3000, MaxTypeCost = 1000 };

        var passes = await RunAsync(new RequestExecutor(Schema(), options), "{ users(max: 999) { age } }");
        var tooManyObjects = await RunAsync(new RequestExecutor(Schema(), options), "{ users(max: 1000) { age } }");

        Assert.Empty(passes.Errors);
        Assert.Equal(1000.0, Assert.Single(tooManyObjects.Errors).Extensions!["maxTypeCost"]);
    }

    [Fact]
    public async Task Limits_CanBeSwitchedOff()
    {
        var result = await RunAsync(new RequestExecutor(Schema(), new RequestExecutorOptions { EnforceCostLimits = false }), "{ users(max: 100000) { age } }");

        Assert.Empty(result.Errors);
        Assert.True(result.HasData);
    }

    [Fact]
    public async Task OverTheLimit_ByAVariable_IsRejected_AndTheCachedDocumentStillPricesEachRequest()
    {
        var executor = new RequestExecutor(Schema());
        const string Query = "query($n: Int) { users(max: $n) { age } }";

        var small = await RunAsync(executor, Query, new Dictionary<string, object?> { ["n"] = 2 });
        var large = await RunAsync(executor, Query, new Dictionary<string, object?> { ["n"] = 5000 });

        Assert.Empty(small.Errors);
        Assert.Equal(ErrorCodes.CostLimitExceeded, Assert.Single(large.Errors).Code);
    }

    [Fact]
    public async Task Report_RunsTheOperation_AndAddsTheCostToTheResponseExtensions()
    {
        var result = await RunAsync(new RequestExecutor(Schema()), "{ users(max: 2) { age } }", cost: CostReportMode.Report);

        Assert.Equal(
            """{"data":{"users":[{"age":30},{"age":30}]},"extensions":{"operationCost":{"fieldCost":5,"typeCost":3}}}""",
            result.ToJson());
    }

    [Fact]
    public async Task Validate_ReportsTheCost_WithoutRunningAnything()
    {
        var calls = 0;

        var result = await RunAsync(new RequestExecutor(Schema(() => calls++)), "{ users(max: 2) { age } }", cost: CostReportMode.Validate);

        Assert.Equal(0, calls);
        Assert.Equal("""{"extensions":{"operationCost":{"fieldCost":5,"typeCost":3}}}""", result.ToJson());
    }

    [Fact]
    public async Task Report_OverTheLimit_CarriesTheErrorAndTheCost()
    {
        var result = await RunAsync(new RequestExecutor(Schema()), "{ users(max: 1000) { age } }", cost: CostReportMode.Report);

        using var json = JsonDocument.Parse(result.ToJson());
        Assert.Equal("COST_LIMIT_EXCEEDED", json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(2001, json.RootElement.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble());
    }

    [Fact]
    public async Task Mutations_AreLimitedToo()
    {
        var calls = 0;
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("""
                type Query { a: Int }
                type Mutation { send(to: [String!] @cost(weight: "400")): Int }
                """)
            .AddResolver("Mutation", "send", _ => { calls++; return ValueTask.FromResult<object?>(1); })
            .Create();

        var result = await RunAsync(new RequestExecutor(schema), "mutation { send(to: [\"a\"]) other: send(to: [\"b\"]) third: send(to: [\"c\"]) }");

        Assert.Equal(0, calls);
        Assert.Equal(1200.0, Assert.Single(result.Errors).Extensions!["fieldCost"]);
    }

    private static Schema Schema(Action? onCall = null)
        => SchemaBuilder.New()
            .AddDocumentFromString(Sdl)
            .AddResolver("Query", "users", context =>
            {
                onCall?.Invoke();
                var max = context.ArgumentValue<int>("max");
                return ValueTask.FromResult<object?>(Enumerable.Range(0, max).Select(_ => new Dictionary<string, object?> { ["name"] = "n", ["age"] = 30 }).ToList());
            })
            .Create();

    private static async Task<OperationResult> RunAsync(
        RequestExecutor executor,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        CostReportMode cost = CostReportMode.None)
        => Assert.IsType<OperationResult>(await executor.ExecuteAsync(new OperationRequest { Query = query, VariableValues = variables, CostReport = cost }));
}
