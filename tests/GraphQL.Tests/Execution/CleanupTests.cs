using System.Collections.Concurrent;
using KtPortal.GraphQL.Execution;
using static KtPortal.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace KtPortal.GraphQL.Tests.Execution;

/// <summary>
/// <see cref="IResolverContext.RegisterForCleanup"/>: what resolvers register runs once their execution has ended,
/// however it ended, the last registered first, and a cleanup that throws is an error of the result.
/// </summary>
public sealed class CleanupTests
{
    [Fact]
    public async Task Cleanups_run_once_after_every_field_the_last_registered_first()
    {
        var log = new ConcurrentQueue<string>();
        var schema = Builder("type Query { items: [Item] } type Item { name: String }")
            .AddResolver("Query", "items", context =>
            {
                log.Enqueue("items");
                context.RegisterForCleanup(Cleanup(log, "first"));
                return ValueTask.FromResult<object?>(new object[] { "a", "b" });
            })
            .AddResolver("Item", "name", async context =>
            {
                await Task.Yield();
                var name = context.Parent<string>();
                log.Enqueue(name);
                if (name == "b")
                {
                    context.RegisterForCleanup(Cleanup(log, "second"));
                }

                return name;
            })
            .Create();

        var json = await schema.RunAsync("{ items { name } }");

        Assert.Equal(Json("{'data':{'items':[{'name':'a'},{'name':'b'}]}}"), json);
        var order = log.ToList();
        Assert.Equal(["second", "first"], order.Skip(3));
        Assert.Equal(["a", "b", "items"], order.Take(3).Order());
    }

    [Fact]
    public async Task A_cleanup_that_throws_is_an_error_of_the_result_and_the_others_still_run()
    {
        var log = new ConcurrentQueue<string>();
        var schema = Builder("type Query { a: String b: String }")
            .AddResolver("Query", "a", context =>
            {
                context.RegisterForCleanup(Cleanup(log, "a"));
                return ValueTask.FromResult<object?>("A");
            })
            .AddResolver("Query", "b", context =>
            {
                context.RegisterForCleanup(() => throw new GraphQLException("could not release", "RELEASE_FAILED"));
                return ValueTask.FromResult<object?>("B");
            })
            .Create();

        var json = await schema.RunAsync("{ a b }");

        Assert.Equal(Json("{'errors':[{'message':'could not release','extensions':{'code':'RELEASE_FAILED'}}],'data':{'a':'A','b':'B'}}"), json);
        Assert.Equal(["a"], log);
    }

    [Fact]
    public async Task Cleanups_run_when_a_field_fails_and_when_the_execution_times_out()
    {
        var log = new ConcurrentQueue<string>();
        var schema = Builder("type Query { failing: String! hanging: String }")
            .AddResolver("Query", "failing", context =>
            {
                context.RegisterForCleanup(Cleanup(log, "failing"));
                throw new GraphQLException("no");
            })
            .AddResolver("Query", "hanging", async context =>
            {
                context.RegisterForCleanup(Cleanup(log, "hanging"));
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
                return "never";
            })
            .Create();

        var failed = await schema.RunAsync("{ failing }");
        var timedOut = await schema.RunAsync("{ hanging }", options: new RequestExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) });

        Assert.Equal(Json("{'errors':[{'message':'no','locations':[{'line':1,'column':3}],'path':['failing']}],'data':null}"), failed);
        Assert.Equal(Json("{'errors':[{'message':'The request exceeded the configured timeout of 0.1 seconds.','extensions':{'code':'TIMEOUT'}}]}"), timedOut);
        Assert.Equal(["failing", "hanging"], log);
    }

    [Fact]
    public async Task Each_subscription_event_runs_its_own_cleanups_and_the_source_stream_its_own_once_it_is_made()
    {
        var log = new ConcurrentQueue<string>();
        var schema = Builder("type Query { a: Int } type Subscription { ticks: Int }")
            .AddSubscribeResolver("Subscription", "ticks", context =>
            {
                context.RegisterForCleanup(Cleanup(log, "subscribe"));
                return ValueTask.FromResult(Events(log));
            })
            .AddResolver("Subscription", "ticks", context =>
            {
                var tick = context.Parent<int>();
                context.RegisterForCleanup(Cleanup(log, "event " + tick));
                return ValueTask.FromResult<object?>(tick);
            })
            .Create();

        await using var stream = Assert.IsType<ResponseStream>(await new RequestExecutor(schema).ExecuteAsync(new OperationRequest { Query = "subscription { ticks }" }));
        Assert.Equal(["subscribe"], log);
        var results = new List<string>();
        await foreach (var result in stream.ReadResultsAsync())
        {
            results.Add(result.ToJson());
        }

        Assert.Equal([Json("{'data':{'ticks':1}}"), Json("{'data':{'ticks':2}}")], results);
        Assert.Equal(["subscribe", "read 1", "event 1", "read 2", "event 2"], log);
    }

    [Fact]
    public async Task A_cleanup_of_the_source_stream_that_throws_fails_the_subscription_and_releases_the_stream()
    {
        var released = new TaskCompletionSource();
        var schema = Builder("type Query { a: Int } type Subscription { ticks: Int }")
            .AddSubscribeResolver("Subscription", "ticks", context =>
            {
                context.RegisterForCleanup(() => throw new GraphQLException("could not release", "RELEASE_FAILED"));
                return ValueTask.FromResult<IAsyncEnumerable<object?>>(new DisposableSource(released));
            })
            .Create();

        var json = await new RequestExecutor(schema).RunAsync(new OperationRequest { Query = "subscription { ticks }" });

        Assert.Equal(Json("{'errors':[{'message':'could not release','extensions':{'code':'RELEASE_FAILED'}}]}"), json);
        Assert.True(released.Task.IsCompleted);
    }

    private static Func<ValueTask> Cleanup(ConcurrentQueue<string> log, string name) => async () =>
    {
        await Task.Yield();
        log.Enqueue(name);
    };

    private static async IAsyncEnumerable<object?> Events(ConcurrentQueue<string> log)
    {
        for (var tick = 1; tick <= 2; tick++)
        {
            await Task.Yield();
            log.Enqueue("read " + tick);
            yield return tick;
        }
    }

    private sealed class DisposableSource(TaskCompletionSource released) : IAsyncEnumerable<object?>, IAsyncDisposable
    {
        public IAsyncEnumerator<object?> GetAsyncEnumerator(CancellationToken cancellationToken = default) => throw new InvalidOperationException("never read");

        public ValueTask DisposeAsync()
        {
            released.TrySetResult();
            return ValueTask.CompletedTask;
        }
    }
}
