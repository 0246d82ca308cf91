using System.Runtime.CompilerServices;
using KtPortal.GraphQL.Execution;
using static KtPortal.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace KtPortal.GraphQL.Tests.Execution;

public sealed class SubscriptionTests
{
    private const string Sdl = """
        type Message { text: String! }
        type Query { a: Int }
        type Subscription { messages(prefix: String = ""): Message upper: String failing: String noResolver: String }
        """;

    [Fact]
    public async Task EachEvent_IsExecutedOnItsOwn_WithErrorsPerEvent()
    {
        var source = new RecordingSource(["hello", null, "world"]);
        var schema = Builder(Sdl)
            .AddSubscribeResolver("Subscription", "messages", _ => ValueTask.FromResult<IAsyncEnumerable<object?>>(source))
            .AddResolver("Subscription", "messages", context =>
                ValueTask.FromResult<object?>(new Dictionary<string, object?> { ["text"] = context.ArgumentValue<string>("prefix") + context.Parent<string?>() }))
            .Create();
        var executor = new RequestExecutor(schema);

        await using var stream = Assert.IsType<ResponseStream>(
            await executor.ExecuteAsync(new OperationRequest { Query = "subscription { messages(prefix: \">\") { text } }" }));
        var results = new List<string>();
        await foreach (var result in stream.ReadResultsAsync())
        {
            results.Add(result.ToJson());
        }

        Assert.Equal(
        [
            Json("{'data':{'messages':{'text':'>hello'}}}"),
            Json("{'data':{'messages':{'text':'>'}}}"),
            Json("{'data':{'messages':{'text':'>world'}}}"),
        ],
            results);
        Assert.Equal(1, source.DisposeCount);
    }

    [Fact]
    public async Task RootFieldWithoutResolver_YieldsTheEventItself()
    {
        var schema = Builder(Sdl)
            .AddSubscribeResolver("Subscription", "upper", _ => ValueTask.FromResult<IAsyncEnumerable<object?>>(new RecordingSource(["a"])))
            .Create();

        await using var stream = Assert.IsType<ResponseStream>(await new RequestExecutor(schema).ExecuteAsync(new OperationRequest { Query = "subscription { upper }" }));
        var results = new List<string>();
        await foreach (var result in stream.ReadResultsAsync())
        {
            results.Add(result.ToJson());
        }

        Assert.Equal([Json("{'data':{'upper':'a'}}")], results);
    }

    [Fact]
    public async Task DisposingTheStream_DisposesTheSourceExactlyOnce()
    {
        var source = new RecordingSource(["1", "2", "3"], endless: true);
        var schema = Builder(Sdl)
            .AddSubscribeResolver("Subscription", "upper", _ => ValueTask.FromResult<IAsyncEnumerable<object?>>(source))
            .Create();
        var stream = Assert.IsType<ResponseStream>(await new RequestExecutor(schema).ExecuteAsync(new OperationRequest { Query = "subscription { upper }" }));

        await using (var enumerator = stream.ReadResultsAsync().GetAsyncEnumerator())
        {
            Assert.True(await enumerator.MoveNextAsync());
            Assert.Equal(Json("{'data':{'upper':'1'}}"), enumerator.Current.ToJson());
        }

        await stream.DisposeAsync();
        await stream.DisposeAsync();

        Assert.Equal(1, source.DisposeCount);
    }

    [Fact]
    public async Task CancellingTheEnumeration_ReleasesTheSource()
    {
        var source = new RecordingSource(["1"], endless: true);
        var schema = Builder(Sdl)
            .AddSubscribeResolver("Subscription", "upper", _ => ValueTask.FromResult<IAsyncEnumerable<object?>>(source))
            .Create();
        await using var stream = Assert.IsType<ResponseStream>(await new RequestExecutor(schema).ExecuteAsync(new OperationRequest { Query = "subscription { upper }" }));
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in stream.ReadResultsAsync(cancellation.Token))
            {
                await cancellation.CancelAsync();
            }
        });

        Assert.Equal(1, source.DisposeCount);
    }

    [Fact]
    public async Task DisposingAStreamNeverRead_ReleasesNothingTwice()
    {
        var schema = Builder(Sdl)
            .AddSubscribeResolver("Subscription", "upper", _ => ValueTask.FromResult<IAsyncEnumerable<object?>>(new RecordingSource([])))
            .Create();
        var stream = Assert.IsType<ResponseStream>(await new RequestExecutor(schema).ExecuteAsync(new OperationRequest { Query = "subscription { upper }" }));

        await stream.DisposeAsync();

        Assert.Empty(await stream.ReadResultsAsync().ToListAsync());
    }

    [Fact]
    public async Task FailingSubscribeResolver_GivesAnErrorResult_WithoutData()
    {
        var schema = Builder(Sdl)
            .AddSubscribeResolver("Subscription", "failing", _ => throw new GraphQLException("not allowed", "FORBIDDEN"))
            .Create();

        var json = await new RequestExecutor(schema).RunAsync(new OperationRequest { Query = "subscription { failing }" });

        Assert.Equal(Json("{'errors':[{'message':'not allowed','locations':[{'line':1,'column':16}],'path':['failing'],'extensions':{'code':'FORBIDDEN'}}]}"), json);
    }

    [Fact]
    public async Task MissingSubscribeResolver_FailsWithGraphQLJsMessage()
    {
        var schema = Builder(Sdl).Create();

        var json = await new RequestExecutor(schema).RunAsync(new OperationRequest { Query = "subscription { noResolver }" });

        Assert.Equal(
            Json("{'errors':[{'message':'Subscription field must return Async Iterable. Received: undefined.','locations':[{'line':1,'column':16}],'path':['noResolver'],'extensions':{'code':'SUBSCRIPTION_INVALID'}}]}"),
            json);
    }

    [Fact]
    public async Task Subscription_WithoutSubscriptionRoot_IsNotSupported()
    {
        var schema = Builder("type Query { a: Int }").Create();
        var executor = new RequestExecutor(schema, new RequestExecutorOptions
        {
            ValidationOptions = new KtPortal.GraphQL.Validation.DocumentValidatorOptions(),
        });

        var result = Assert.IsType<OperationResult>(await executor.ExecuteAsync(new OperationRequest { Query = "subscription { a }" }));

        // graphql-js validation already rejects the unknown field on the missing root.
        Assert.False(result.HasData);
        Assert.NotEmpty(result.Errors);
    }

    /// <summary>A source stream that records how often its enumerator is disposed.</summary>
    [Fact]
    public async Task RequestAbortedOfTheSourceStream_LastsAsLongAsTheSubscription_NotOnlyWhileItIsCreated()
    {
        // The subscribe resolver's context token is kept by the stream for its whole life (passed into reads per
        // event, or to an iterator's [EnumeratorCancellation] parameter). The timeout sources of ordinary requests
        // are pooled, so a token that only covered the creation would, once given back, be cancelled by whichever
        // later request reused it and timed out.
        CancellationToken kept = default;
        var proceed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = Builder("type Query { a: Int } type Subscription { ticks: Int }")
            .AddSubscribeResolver("Subscription", "ticks", context =>
            {
                kept = context.RequestAborted;
                return ValueTask.FromResult(Ticks(context.RequestAborted, proceed.Task));
            })
            .Create();
        var executor = new RequestExecutor(schema, new RequestExecutorOptions { ExecutionTimeout = TimeSpan.FromSeconds(30) });
        await using var stream = Assert.IsType<ResponseStream>(await executor.ExecuteAsync(new OperationRequest { Query = "subscription { ticks }" }));
        using var reading = new CancellationTokenSource();
        await using var results = stream.ReadResultsAsync(reading.Token).GetAsyncEnumerator();
        Assert.True(await results.MoveNextAsync());
        Assert.Equal(Json("{'data':{'ticks':1}}"), results.Current.ToJson());

        // Many requests that time out: together they take every pooled timeout source there is, and cancel them.
        var hanging = Builder("type Query { hang: String }")
            .AddResolver("Query", "hang", async context =>
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
                return "never";
            })
            .Create();
        var timingOut = new RequestExecutor(hanging, new RequestExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(50) });
        await Task.WhenAll(Enumerable.Range(0, 300).Select(_ => timingOut.RunAsync(new OperationRequest { Query = "{ hang }" })));

        Assert.False(kept.IsCancellationRequested);
        proceed.SetResult();
        Assert.True(await results.MoveNextAsync());
        Assert.Equal(Json("{'data':{'ticks':2}}"), results.Current.ToJson());

        // The token still means "the subscriber went away".
        await reading.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await results.MoveNextAsync());
    }

    [Fact]
    public async Task SubscribeResolverThatHangs_TimesOut()
    {
        var schema = Builder("type Query { a: Int } type Subscription { hang: Int }")
            .AddSubscribeResolver("Subscription", "hang", async context =>
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
                return new RecordingSource([]);
            })
            .Create();
        var executor = new RequestExecutor(schema, new RequestExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) });

        var json = await executor.RunAsync(new OperationRequest { Query = "subscription { hang }" });

        Assert.Equal(Json("{'errors':[{'message':'The request exceeded the configured timeout of 0.1 seconds.','extensions':{'code':'TIMEOUT'}}]}"), json);
    }

    private static async IAsyncEnumerable<object?> Ticks(CancellationToken requestAborted, Task proceed, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        yield return 1;
        await proceed.WaitAsync(cancellationToken);
        requestAborted.ThrowIfCancellationRequested();
        yield return 2;
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }

    private sealed class RecordingSource(IReadOnlyList<string?> events, bool endless = false) : IAsyncEnumerable<object?>
    {
        private int _disposeCount;

        public int DisposeCount => _disposeCount;

        public IAsyncEnumerator<object?> GetAsyncEnumerator(CancellationToken cancellationToken = default)
            => Enumerate(cancellationToken).GetAsyncEnumerator(cancellationToken);

        private async IAsyncEnumerable<object?> Enumerate([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            try
            {
                foreach (var item in events)
                {
                    await Task.Yield();
                    yield return item;
                }

                if (endless)
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
            }
            finally
            {
                Interlocked.Increment(ref _disposeCount);
            }
        }
    }
}
