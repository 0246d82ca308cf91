using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;
using static KtPortal.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace KtPortal.GraphQL.Tests.Execution;

public sealed class RequestPipelineTests
{
    private static readonly Schema QueryOnly = Builder("type Query { a: Int b: String }")
        .AddResolver("Query", "a", Value(1))
        .AddResolver("Query", "b", Value("x"))
        .Create();

    [Fact]
    public async Task SyntaxError_IsARequestErrorWithCodeAndLocation()
        => Assert.Equal(
            Json("{'errors':[{'message':'Syntax Error: Expected Name, found <EOF>.','locations':[{'line':1,'column':2}],'extensions':{'code':'SYNTAX_ERROR'}}]}"),
            await QueryOnly.RunAsync("{"));

    [Fact]
    public async Task ValidationErrors_AreReturnedAsTheyAre_WithoutData()
    {
        var document = KtPortal.GraphQL.Language.Utf8GraphQLParser.Parse("{ zzzzz }");
        var expected = new KtPortal.GraphQL.Validation.DocumentValidator().Validate(QueryOnly, document).Errors;

        var result = Assert.IsType<OperationResult>(await new RequestExecutor(QueryOnly).ExecuteAsync(new OperationRequest { Query = "{ zzzzz }" }));

        Assert.False(result.HasData);
        Assert.Equal(expected, result.Errors, (a, b) => a.Message == b.Message && a.Code == b.Code && a.Locations.SequenceEqual(b.Locations));
        Assert.StartsWith(Json("{'errors':[{'message':'Cannot query field \\\"zzzzz\\\" on type \\\"Query\\\".','locations':[{'line':1,'column':3}],'extensions':{'code':'VALIDATION_FAILED'"), result.ToJson());
    }

    [Fact]
    public async Task RepeatedRequest_HitsTheOperationCache_AndParsesOnce()
    {
        var executor = new RequestExecutor(QueryOnly);
        var request = new OperationRequest { Query = "{ a }" };

        var first = await executor.RunAsync(request);
        var second = await executor.RunAsync(request);

        Assert.Equal(first, second);
        Assert.Equal(1, executor.ParseCount);
        Assert.Equal(1, executor.ValidationCount);
    }

    [Fact]
    public async Task DocumentHash_IsTheCacheKey()
    {
        var executor = new RequestExecutor(QueryOnly);

        await executor.RunAsync(new OperationRequest { Query = "{ a }", DocumentHash = "h1" });
        var json = await executor.RunAsync(new OperationRequest { Query = "{ a }", DocumentHash = "h1" });
        await executor.RunAsync(new OperationRequest { Query = "{ b }", DocumentHash = "h2" });

        Assert.Equal(Json("{'data':{'a':1}}"), json);
        Assert.Equal(2, executor.ParseCount);
    }

    [Fact]
    public async Task OperationCache_IsBounded()
    {
        var executor = new RequestExecutor(QueryOnly, new RequestExecutorOptions { OperationCacheSize = 2 });

        await executor.RunAsync(new OperationRequest { Query = "{ a }" });
        await executor.RunAsync(new OperationRequest { Query = "{ b }" });
        await executor.RunAsync(new OperationRequest { Query = "{ a b }" });
        await executor.RunAsync(new OperationRequest { Query = "{ a }" });

        Assert.Equal(4, executor.ParseCount);
    }

    [Fact]
    public async Task ParsedDocument_IsExecutedWithoutParsing()
    {
        var executor = new RequestExecutor(QueryOnly);
        var document = KtPortal.GraphQL.Language.Utf8GraphQLParser.Parse("{ b }");

        var json = await executor.RunAsync(new OperationRequest { Document = document });

        Assert.Equal(Json("{'data':{'b':'x'}}"), json);
        Assert.Equal(0, executor.ParseCount);
    }

    [Theory]
    [InlineData("query A { a } query B { b }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query A { a }", "C", "Unknown operation named \\\"C\\\".")]
    public async Task OperationSelection_FailsWithGraphQLJsMessages(string query, string? operationName, string message)
        => Assert.Equal(
            Json("{'errors':[{'message':'" + message + "','extensions':{'code':'OPERATION_NOT_FOUND'}}]}"),
            await QueryOnly.RunAsync(query, operationName: operationName));

    [Fact]
    public async Task OperationName_PicksTheOperation()
        => Assert.Equal(Json("{'data':{'b':'x'}}"), await QueryOnly.RunAsync("query A { a } query B { b }", operationName: "B"));

    [Fact]
    public async Task Mutation_WithoutMutationRoot_IsNotSupported_WithNullData()
        => Assert.Equal(
            Json("{'errors':[{'message':'Schema is not configured to execute mutation operation.','locations':[{'line':1,'column':1}],'extensions':{'code':'OPERATION_NOT_SUPPORTED'}}],'data':null}"),
            await QueryOnly.RunAsync("mutation { a }"));

    [Fact]
    public async Task Introspection_WhenNotAllowed_FailsWholeRequest_EvenInsideFragments()
    {
        var executor = new RequestExecutor(QueryOnly);

        var json = await executor.RunAsync(new OperationRequest
        {
            Query = "{ ...F } fragment F on Query { __type(name: \"Query\") { name } }",
            AllowIntrospection = false,
        });

        Assert.Equal(
            Json("{'errors':[{'message':'Introspection is not allowed for the current request.','extensions':{'code':'INTROSPECTION_NOT_ALLOWED'}}]}"),
            json);
    }

    [Fact]
    public async Task Typename_IsAllowedWithoutIntrospection_AndAnsweredByTheExecutor()
    {
        var executor = new RequestExecutor(QueryOnly);

        var json = await executor.RunAsync(new OperationRequest { Query = "{ __typename t: __typename a }", AllowIntrospection = false });

        Assert.Equal(Json("{'data':{'__typename':'Query','t':'Query','a':1}}"), json);
    }
}
