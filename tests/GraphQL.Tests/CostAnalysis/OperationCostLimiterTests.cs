using KtPortal.GraphQL.CostAnalysis;
using KtPortal.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using static KtPortal.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace KtPortal.GraphQL.Tests.CostAnalysis;

public sealed class OperationCostLimiterTests
{
    private sealed class RecordingLimiter(GraphQLError? answer) : IOperationCostLimiter
    {
        public List<OperationCost> Charged { get; } = [];

        public ValueTask<GraphQLError?> ChargeAsync(OperationRequest request, OperationCost cost, CancellationToken cancellationToken)
        {
            Charged.Add(cost);
            return new(answer);
        }
    }

    private static async Task<(string Json, RecordingLimiter Limiter, int Runs)> RunAsync(GraphQLError? answer, CostReportMode report = CostReportMode.None)
    {
        var runs = 0;
        var schema = Builder("type Query { items: [Item] } type Item { name: String }")
            .AddResolver("Query", "items", _ =>
            {
                Interlocked.Increment(ref runs);
                return ValueTask.FromResult<object?>(new[] { new Dictionary<string, object?> { ["name"] = "a" } });
            })
            .Create();
        var limiter = new RecordingLimiter(answer);
        await using var services = new ServiceCollection().AddSingleton<IOperationCostLimiter>(limiter).BuildServiceProvider();
        var executor = new RequestExecutor(schema, new RequestExecutorOptions { EnforceCostLimits = false });
        var json = await executor.RunAsync(new OperationRequest { Query = "{ items { name } }", Services = services, CostReport = report });
        return (json, limiter, runs);
    }

    [Fact]
    public async Task Every_operation_is_charged_its_cost_before_it_runs_even_without_cost_limits()
    {
        var (json, limiter, runs) = await RunAsync(answer: null);
        Assert.Equal(Json("{'data':{'items':[{'name':'a'}]}}"), json);
        var cost = Assert.Single(limiter.Charged);
        Assert.True(cost.TypeCost > 1);
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task A_refusal_is_the_request_error_and_nothing_runs()
    {
        var (json, _, runs) = await RunAsync(new GraphQLError("No points left.") { Code = "RATE_LIMITED" });
        Assert.Equal(Json("{'errors':[{'message':'No points left.','extensions':{'code':'RATE_LIMITED'}}]}"), json);
        Assert.Equal(0, runs);
    }

    [Fact]
    public async Task Validating_the_cost_only_is_not_charged()
    {
        var (_, limiter, runs) = await RunAsync(answer: null, CostReportMode.Validate);
        Assert.Empty(limiter.Charged);
        Assert.Equal(0, runs);
    }
}
