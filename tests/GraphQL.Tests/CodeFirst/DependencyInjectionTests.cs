using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Subscriptions;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.Tests.CodeFirst;

public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task AddGraphQLServer_builds_one_schema_and_executor_from_the_services()
    {
        await using var services = new ServiceCollection()
            .AddSingleton<CodeFirstExecutionTests.IClock>(new CodeFirstExecutionTests.FixedClock(DateTimeOffset.UnixEpoch))
            .AddSingleton<CodeFirstExecutionTests.Greeter>()
            .AddGraphQLServer()
            .AddQueryType<CodeFirstExecutionTests.ServiceQuery>()
            .AddDocumentFromString("extend type Query { fromSdl: String }")
            .AddInMemorySubscriptions()
            .AddErrorFilter<CodeFilter>()
            .ModifyRequestOptions(o => o.ExecutionTimeout = TimeSpan.FromSeconds(5))
            .Services
            .BuildServiceProvider();

        var executor = services.GetRequiredService<IRequestExecutor>();
        Assert.Same(executor, services.GetRequiredService<IRequestExecutor>());
        Assert.Same(services.GetRequiredService<Schema>(), executor.Schema);
        Assert.Same(services.GetRequiredService<ITopicEventSender>(), services.GetRequiredService<ITopicEventReceiver>());
        Assert.Equal(TimeSpan.FromSeconds(5), services.GetRequiredService<RequestExecutorOptions>().ExecutionTimeout);

        await using var result = await executor.ExecuteAsync(new OperationRequest { Query = "{ year fromSdl }" });
        Assert.Equal("""{"data":{"year":1970,"fromSdl":null}}""", Assert.IsType<OperationResult>(result).ToJson());
    }

    [Fact]
    public async Task Each_module_adds_to_the_same_server()
    {
        var services = new ServiceCollection();
        services.AddGraphQLServer().AddQueryType<CodeFirstAttributeTests.TicketQueries>();
        services.AddGraphQLServer().AddTypeExtension<CodeFirstAttributeTests.ProjectQueries>();
        await using var provider = services.BuildServiceProvider();

        await using var result = await provider.GetRequiredService<IRequestExecutor>()
            .ExecuteAsync(new OperationRequest { Query = "{ ticketCount projectCount }" });
        Assert.Equal("""{"data":{"ticketCount":3,"projectCount":2}}""", Assert.IsType<OperationResult>(result).ToJson());
    }

    public sealed class CodeFilter : IErrorFilter
    {
        public GraphQLError OnError(GraphQLError error) => error;
    }
}
