using KtPortal.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.Tests.Documentation;

/// <summary>The DataLoader example in docs/graphql-execution.md builds and does what the doc says.</summary>
public sealed class DataLoaderDocumentationTests
{
    [Fact]
    public async Task TheDataLoaderExample_FetchesTheAuthorsOfAllCommentsInOneCall()
    {
        var store = new PersonStore();
        var services = new ServiceCollection().AddSingleton<IPersonStore>(store);
        services.AddGraphQLServer()
            .AddTypeExtension<CommentQueries>()
            .AddTypeExtension<CommentFields>()
            .AddDataLoader<PersonByIdLoader>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();

        await using var result = await provider.GetRequiredService<IRequestExecutor>().ExecuteAsync(new OperationRequest
        {
            Query = "{ comments { text author { name } } }",
            Services = scope.ServiceProvider,
        });

        Assert.Equal(
            """{"data":{"comments":[{"text":"First!","author":{"name":"Ada"}},{"text":"Same here","author":{"name":"Grace"}},{"text":"Fixed now","author":{"name":"Ada"}}]}}""",
            ((OperationResult)result).ToJson());
        Assert.Equal([[7, 9]], store.Calls);
    }

    private sealed class PersonStore : IPersonStore
    {
        public List<int[]> Calls { get; } = [];

        public Task<IReadOnlyList<Person>> GetManyAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
        {
            Calls.Add([.. ids]);
            var people = new[] { new Person(7, "Ada"), new Person(9, "Grace") };
            return Task.FromResult<IReadOnlyList<Person>>([.. people.Where(p => ids.Contains(p.Id))]);
        }
    }
}
