using System.Text.Json;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.Logging;
using static KtPortal.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace KtPortal.GraphQL.Tests.Execution;

public sealed class ErrorHandlingTests
{
    private static readonly Schema Failing = Builder("type Query { boom: String ok: String }")
        .AddResolver("Query", "boom", Throws(new InvalidOperationException("secret detail")))
        .AddResolver("Query", "ok", Value("fine"))
        .Create();

    [Fact]
    public async Task UnexpectedException_IsMaskedAsInternal_WithTraceId_AndLogged()
    {
        var logger = new RecordingLogger();
        var executor = new RequestExecutor(Failing, logger: logger);

        var result = Assert.IsType<OperationResult>(await executor.ExecuteAsync(new OperationRequest { Query = "{ boom ok }" }));
        var error = Assert.Single(result.Errors);
        var traceId = Assert.IsType<string>(error.Extensions!["traceId"]);

        Assert.Equal("Unexpected Execution Error", error.Message);
        Assert.Equal("INTERNAL", error.Code);
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.False(error.Extensions.ContainsKey("exception"));
        Assert.DoesNotContain("secret", result.ToJson(), StringComparison.Ordinal);
        Assert.Equal(
            Json("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':3}],'path':['boom'],'extensions':{'code':'INTERNAL','traceId':'" + traceId + "'}}],'data':{'boom':null,'ok':'fine'}}"),
            result.ToJson());
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Contains(traceId, entry.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(entry.Exception);
    }

    [Fact]
    public async Task UnexpectedException_WithDetails_AddsMessageAndStackTrace()
    {
        var executor = new RequestExecutor(Failing, new RequestExecutorOptions { IncludeExceptionDetails = true });

        var json = await executor.RunAsync(new OperationRequest { Query = "{ boom }" });
        var exception = JsonDocument.Parse(json).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("exception");

        Assert.Equal("secret detail", exception.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.String, exception.GetProperty("stackTrace").ValueKind);
    }

    [Fact]
    public async Task ErrorFilters_RunInOrder_OnEveryError()
    {
        var executor = new RequestExecutor(Failing, errorFilters: [new Rename("one"), new Rename("two")]);

        var result = Assert.IsType<OperationResult>(await executor.ExecuteAsync(new OperationRequest { Query = "{ boom }" }));

        Assert.Equal("Unexpected Execution Error/one/two", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task ReportError_AddsAFieldErrorWithoutFailingTheField()
    {
        var schema = Builder("type Query { a: String }")
            .AddResolver("Query", "a", context =>
            {
                context.ReportError(new GraphQLError("partial") { Code = "PARTIAL" });
                return ValueTask.FromResult<object?>("value");
            })
            .Create();

        Assert.Equal(
            Json("{'errors':[{'message':'partial','locations':[{'line':1,'column':3}],'path':['a'],'extensions':{'code':'PARTIAL'}}],'data':{'a':'value'}}"),
            await schema.RunAsync("{ a }"));
    }

    [Fact]
    public async Task Timeout_GivesASingleTimeoutError_WithoutData()
    {
        var schema = Builder("type Query { hang: String }")
            .AddResolver("Query", "hang", async context =>
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
                return "never";
            })
            .Create();
        var executor = new RequestExecutor(schema, new RequestExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) });

        var json = await executor.RunAsync(new OperationRequest { Query = "{ hang }" });

        Assert.Equal(Json("{'errors':[{'message':'The request exceeded the configured timeout of 0.1 seconds.','extensions':{'code':'TIMEOUT'}}]}"), json);
    }

    [Fact]
    public async Task CallerCancellation_ThrowsOperationCanceled()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = Builder("type Query { hang: String }")
            .AddResolver("Query", "hang", async context =>
            {
                entered.SetResult();
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
                return "never";
            })
            .Create();
        using var cancellation = new CancellationTokenSource();
        var execution = new RequestExecutor(schema).ExecuteAsync(new OperationRequest { Query = "{ hang }" }, cancellation.Token).AsTask();

        await entered.Task;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => execution);
    }

    private sealed class Rename(string suffix) : IErrorFilter
    {
        public GraphQLError OnError(GraphQLError error) => error with { Message = error.Message + "/" + suffix };
    }

    private sealed class RecordingLogger : ILogger<RequestExecutor>
    {
        public List<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
            => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries)
            {
                Entries.Add((logLevel, formatter(state, exception), exception));
            }
        }
    }
}
