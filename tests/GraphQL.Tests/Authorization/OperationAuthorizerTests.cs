using KtPortal.GraphQL.Authorization;
using KtPortal.GraphQL.CostAnalysis;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Language;
using Microsoft.Extensions.DependencyInjection;
using static KtPortal.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace KtPortal.GraphQL.Tests.Authorization;

/// <summary>The request-level authorizer: asked once per operation, after validation and before cost and execution.</summary>
public sealed class OperationAuthorizerTests
{
    private sealed class RefuseMutations : IOperationAuthorizer
    {
        public List<OperationType> Asked { get; } = [];

        public ValueTask<GraphQLError?> AuthorizeAsync(OperationRequest request, OperationDefinitionNode operation, CancellationToken cancellationToken)
        {
            Asked.Add(operation.Operation);
            return new(operation.Operation == OperationType.Mutation ? new GraphQLError("No writing.") { Code = ErrorCodes.NotAuthorized } : null);
        }
    }

    private sealed class CountingLimiter : IOperationCostLimiter
    {
        public int Charged { get; private set; }

        public ValueTask<GraphQLError?> ChargeAsync(OperationRequest request, OperationCost cost, CancellationToken cancellationToken)
        {
            Charged++;
            return new((GraphQLError?)null);
        }
    }

    private static async Task<(string Json, RefuseMutations Authorizer, CountingLimiter Limiter, int Runs)> RunAsync(string query)
    {
        var runs = 0;
        var schema = Builder("type Query { value: Int } type Mutation { write: Int }")
            .AddResolver("Query", "value", _ => ValueTask.FromResult<object?>(Interlocked.Increment(ref runs)))
            .AddResolver("Mutation", "write", _ => ValueTask.FromResult<object?>(Interlocked.Increment(ref runs)))
            .Create();
        var authorizer = new RefuseMutations();
        var limiter = new CountingLimiter();
        await using var services = new ServiceCollection()
            .AddSingleton<IOperationAuthorizer>(authorizer)
            .AddSingleton<IOperationCostLimiter>(limiter)
            .BuildServiceProvider();
        var json = await new RequestExecutor(schema).RunAsync(new OperationRequest { Query = query, Services = services });
        return (json, authorizer, limiter, runs);
    }

    [Fact]
    public async Task An_allowed_operation_runs_after_one_question()
    {
        var (json, authorizer, limiter, runs) = await RunAsync("{ value }");

        Assert.Equal(Json("{'data':{'value':1}}"), json);
        Assert.Equal([OperationType.Query], authorizer.Asked);
        Assert.Equal(1, limiter.Charged);
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task A_refused_operation_is_the_request_error_and_is_neither_charged_nor_run()
    {
        var (json, authorizer, limiter, runs) = await RunAsync("mutation { write }");

        Assert.Equal(Json("{'errors':[{'message':'No writing.','extensions':{'code':'AUTH_NOT_AUTHORIZED'}}]}"), json);
        Assert.Equal([OperationType.Mutation], authorizer.Asked);
        Assert.Equal(0, limiter.Charged);
        Assert.Equal(0, runs);
    }

    [Fact]
    public async Task An_invalid_document_is_answered_with_its_validation_errors_before_any_question()
    {
        var (json, authorizer, _, _) = await RunAsync("mutation { nope }");

        Assert.Contains("Cannot query field", json, StringComparison.Ordinal);
        Assert.Empty(authorizer.Asked);
    }
}
