using System.Collections.Concurrent;
using KtPortal.GraphQL.Execution;
using static KtPortal.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace KtPortal.GraphQL.Tests.Execution;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task SiblingAsyncFields_AreStartedBeforeEitherCompletes()
    {
        var started = 0;
        var bothStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async ValueTask<object?> Resolve(string value)
        {
            if (Interlocked.Increment(ref started) == 2)
            {
                bothStarted.SetResult();
            }

            // Each resolver waits for the other: this only finishes when both run at the same time.
            await bothStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
            return value;
        }

        var schema = Builder("type Query { a: String b: String }")
            .AddResolver("Query", "a", _ => Resolve("A"))
            .AddResolver("Query", "b", _ => Resolve("B"))
            .Create();

        Assert.Equal(Json("{'data':{'a':'A','b':'B'}}"), await schema.RunAsync("{ a b }"));
    }

    [Fact]
    public async Task Result_KeepsSelectionOrder_WhateverTheCompletionOrder()
    {
        var schema = Builder("type Query { slow: Int fast: Int sync: Int }")
            .AddResolver("Query", "slow", async _ => { await Task.Delay(50); return 1; })
            .AddResolver("Query", "fast", async _ => { await Task.Yield(); return 2; })
            .AddResolver("Query", "sync", Value(3))
            .Create();

        Assert.Equal(Json("{'data':{'slow':1,'fast':2,'sync':3}}"), await schema.RunAsync("{ slow fast sync }"));
    }

    [Fact]
    public async Task MutationRootFields_RunSerially_InDocumentOrder()
    {
        var log = new ConcurrentQueue<string>();
        FieldResolverDelegate Step(string name, int delay) => async _ =>
        {
            log.Enqueue("start " + name);
            await Task.Delay(delay);
            log.Enqueue("end " + name);
            return name;
        };
        var schema = Builder("type Query { a: String } type Mutation { first: String second: String third: String }")
            .AddResolver("Mutation", "first", Step("first", 60))
            .AddResolver("Mutation", "second", Step("second", 1))
            .AddResolver("Mutation", "third", Step("third", 30))
            .Create();

        var json = await schema.RunAsync("mutation { third: first second t: third }");

        Assert.Equal(Json("{'data':{'third':'first','second':'second','t':'third'}}"), json);
        Assert.Equal(["start first", "end first", "start second", "end second", "start third", "end third"], log);
    }

    [Fact]
    public async Task NonParallelField_WaitsForEarlierFields_AndFinishesBeforeLaterOnesStart()
    {
        var log = new ConcurrentQueue<string>();
        FieldResolverDelegate Step(string name, int delay) => async _ =>
        {
            log.Enqueue("start " + name);
            await Task.Delay(delay);
            log.Enqueue("end " + name);
            return name;
        };
        var schema = Builder("type Query { a: String db: String c: String }")
            .AddResolver("Query", "a", Step("a", 40))
            .AddResolver("Query", "db", Step("db", 20), isParallelExecutable: false)
            .AddResolver("Query", "c", Step("c", 1))
            .Create();

        var json = await schema.RunAsync("{ a db c }");

        Assert.Equal(Json("{'data':{'a':'a','db':'db','c':'c'}}"), json);
        Assert.Equal(["start a", "end a", "start db", "end db", "start c", "end c"], log);
    }
}
