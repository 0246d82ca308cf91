using System.Collections.Concurrent;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Fetching;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.Fetching;

public sealed class DataLoaderFieldMarkingTests
{
    [Fact]
    public async Task A_field_marked_as_loading_through_DataLoaders_turns_counting_on_without_a_registered_scheduler()
    {
        var batches = new ConcurrentQueue<int>();
        var schema = SchemaBuilder.New().AddQueryType(d => d.Field("doubled")
            .Type("Int!")
            .Argument("n", a => a.Type("Int!"))
            .LoadsThroughDataLoaders()
            .Resolve(async (context, cancellationToken) =>
            {
                // Siblings reach their load at different times; only a counting executor waits for all of them.
                var n = context.ArgumentValue<int>("n");
                await Task.Delay(n * 100, cancellationToken);
                var loader = context.BatchDataLoader<int, int>(
                    (keys, _) =>
                    {
                        batches.Enqueue(keys.Count);
                        return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => k * 2));
                    },
                    "doubled");
                return await loader.LoadAsync(n, cancellationToken);
            })).Create();
        var executor = new RequestExecutor(schema, new RequestExecutorOptions { DataLoaderStallTimeout = Timeout.InfiniteTimeSpan });
        const string Query = "{ a: doubled(n: 0) b: doubled(n: 1) c: doubled(n: 2) }";

        // The first call of a resolver is not yet known to be asynchronous (a documented limit): run twice.
        await using (await executor.ExecuteAsync(new OperationRequest { Query = Query }))
        {
        }

        batches.Clear();
        await using var result = await executor.ExecuteAsync(new OperationRequest { Query = Query });

        Assert.Equal("""{"data":{"a":0,"b":2,"c":4}}""", Assert.IsType<OperationResult>(result).ToJson());
        Assert.Equal([3], batches);
    }
}
