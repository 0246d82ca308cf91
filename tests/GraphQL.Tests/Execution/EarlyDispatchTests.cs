using System.Collections.Concurrent;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Fetching;
using static KtPortal.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace KtPortal.GraphQL.Tests.Execution;

/// <summary>
/// When the batch resolvers of a list's items have added their keys, and the items' other fields only read their
/// parents, the DataLoader batch runs before those fields complete (its statement then overlaps them). When another
/// field could still load, the batch waits for the whole level, as before; and lists of one level still share one
/// batch.
/// </summary>
public sealed class EarlyDispatchTests
{
    private const string Sdl = """
        type Query { users: [User] }
        type User { id: ID! name: String label: String holder: String }
        """;

    [Fact]
    public async Task A_complete_batch_runs_before_the_items_fields_that_only_read_their_parents()
    {
        var log = new ConcurrentQueue<string>();

        var json = await Run(log, "{ users { name holder } }");

        Assert.Contains("{\"name\":\"u3\",\"holder\":\"h3\"}", json, StringComparison.Ordinal);
        var order = log.ToList();
        Assert.Equal("fetch 1,2,3", order[0]);
        Assert.Equal(["name 1", "name 2", "name 3"], order.Skip(1));
    }

    [Fact]
    public async Task A_field_with_a_resolver_of_its_own_keeps_the_batch_waiting_for_the_whole_level()
    {
        var log = new ConcurrentQueue<string>();

        var json = await Run(log, "{ users { label name holder } }");

        Assert.Contains("{\"label\":\"l3\",\"name\":\"u3\",\"holder\":\"h3\"}", json, StringComparison.Ordinal);
        Assert.Equal(["label 1", "name 1", "label 2", "name 2", "label 3", "name 3", "fetch 1,2,3"], log);
    }

    [Fact]
    public async Task Two_lists_of_one_level_still_share_one_batch()
    {
        for (var round = 0; round < 20; round++)
        {
            var log = new ConcurrentQueue<string>();

            var json = await Run(log, "{ a: users { name holder } b: users { holder name } }");

            Assert.Contains("\"b\":[{\"holder\":\"h1\",\"name\":\"u1\"}", json, StringComparison.Ordinal);
            Assert.Equal(["fetch 1,2,3"], log.Where(e => e.StartsWith("fetch", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Lists_completed_as_a_batch_delivers_still_share_one_batch_for_their_items()
    {
        // Every user's posts come from one batch; each user's list of posts then adds its authors' keys while the
        // batch delivers. None of those lists may let the authors' batch run before the others have added theirs.
        for (var round = 0; round < 10; round++)
        {
            var fetches = new ConcurrentQueue<int[]>();
            var schema = Builder("type Query { users: [User] } type User { id: ID! name: String posts: [Post] } type Post { title: String author: String }")
                .AddResolver("Query", "users", async _ =>
                {
                    await Task.Delay(20);
                    return Enumerable.Range(1, 10).Select(i => new Person(i)).ToArray();
                })
                .AddResolver("User", "posts", _ => throw new InvalidOperationException("The batch resolves posts on lists."))
                .AddBatchResolver("User", "posts", async contexts =>
                {
                    await Task.Delay(1);
                    return [.. contexts.Select(c => (object?)Enumerable.Range(0, 3).Select(k => new Post((c.Parent<Person>().Id * 10) + k)).ToArray())];
                })
                .AddResolver("Post", "author", _ => throw new InvalidOperationException("The batch resolves authors on lists."))
                .AddBatchResolver("Post", "author", async contexts =>
                {
                    var loader = contexts[0].BatchDataLoader<int, string>(
                        (keys, _) =>
                        {
                            fetches.Enqueue([.. keys]);
                            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => "a" + k));
                        },
                        "authors");
                    var authors = await loader.LoadAsync([.. contexts.Select(c => c.Parent<Post>().Id)]);
                    return [.. authors];
                })
                .Create();
            var executor = new RequestExecutor(schema, new RequestExecutorOptions { EnableDataLoaders = true, DataLoaderStallTimeout = Timeout.InfiniteTimeSpan });

            var json = await executor.RunAsync(new OperationRequest { Query = "{ users { name posts { title author } } }" });

            Assert.Contains("{\"title\":\"t102\",\"author\":\"a102\"}", json, StringComparison.Ordinal);
            Assert.Equal(30, Assert.Single(fetches).Length);
        }
    }

    private static async Task<string> Run(ConcurrentQueue<string> log, string query)
    {
        var schema = Builder(Sdl)
            .AddResolver("Query", "users", async _ =>
            {
                // Resolved after an await, as a list read from a database is: its items complete after the root pass
                // has started every root field (with a margin, so that the root pass has surely ended).
                await Task.Delay(20);
                return new[] { new LoggedUser(1, log), new LoggedUser(2, log), new LoggedUser(3, log) };
            })
            .AddResolver("User", "label", context =>
            {
                var id = context.Parent<LoggedUser>().Id;
                log.Enqueue("label " + id);
                return ValueTask.FromResult<object?>("l" + id);
            })
            .AddResolver("User", "holder", _ => throw new InvalidOperationException("The batch resolves holders on lists."))
            .AddBatchResolver("User", "holder", async contexts =>
            {
                var loader = contexts[0].BatchDataLoader<int, string>(
                    (keys, _) =>
                    {
                        log.Enqueue("fetch " + string.Join(',', keys.Order()));
                        return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => "h" + k));
                    },
                    "holders");
                var holders = await loader.LoadAsync([.. contexts.Select(c => c.Parent<LoggedUser>().Id)]);
                return [.. holders];
            })
            .Create();
        var executor = new RequestExecutor(schema, new RequestExecutorOptions { EnableDataLoaders = true, DataLoaderStallTimeout = Timeout.InfiniteTimeSpan });
        return await executor.RunAsync(new OperationRequest { Query = query });
    }

    private sealed record Person(int Id)
    {
        public string Name => "u" + Id;
    }

    private sealed record Post(int Id)
    {
        public string Title => "t" + Id;
    }

    /// <summary>A user whose name, read by the default resolver, is logged when it is read.</summary>
    private sealed class LoggedUser(int id, ConcurrentQueue<string> log)
    {
        public int Id => id;

        public string Name
        {
            get
            {
                log.Enqueue("name " + id);
                return "u" + id;
            }
        }
    }
}
