using System.Text.Json;
using KtPortal.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using static KtPortal.GraphQL.Tests.Fetching.DataLoaderSchema;

namespace KtPortal.GraphQL.Tests.Fetching;

/// <summary>A server with the DataLoader schema, for tests that run real requests.</summary>
internal sealed class DataLoaderHost : IAsyncDisposable
{
    /// <summary>Only turns a hang into a failure; never a performance bound.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    private readonly ServiceProvider _services;

    private DataLoaderHost(ServiceProvider services)
    {
        _services = services;
        Executor = services.GetRequiredService<IRequestExecutor>();
    }

    public IRequestExecutor Executor { get; }

    public BatchLog Log => _services.GetRequiredService<BatchLog>();

    public Gate Gate => _services.GetRequiredService<Gate>();

    public HandOff HandOff => _services.GetRequiredService<HandOff>();

    /// <summary>A host whose batches wait for every resolver however long (no stall timeout), unless told otherwise.</summary>
    public static DataLoaderHost Create(TimeSpan? stallTimeout = null, bool? enableDataLoaders = null)
    {
        var services = new ServiceCollection()
            .AddSingleton<BatchLog>()
            .AddSingleton<Gate>()
            .AddSingleton<HandOff>()
            .AddScoped<DetailMemo>();
        services.AddGraphQLServer()
            .AddQueryType<Query>()
            .AddMutationType<Mutation>()
            .AddSubscriptionType<Subscription>()
            .AddTypeExtension<ItemFields>()
            .AddTypeExtension<DetailFields>()
            .AddDataLoader<DetailLoader>()
            .AddDataLoader<OwnerLoader>()
            .AddDataLoader<TagsLoader>()
            .AddDataLoader<FlakyLoader>()
            .AddDataLoader<ExtraKeyLoader>()
            .AddDataLoader<DuplicateKeyLoader>()
            .AddDataLoader<ScoreLoader>()
            .AddDataLoader<SmallBatchLoader>()
            .AddDataLoader<OwnerNameLoader>()
            .AddDataLoader<ProfileCacheLoader>()
            .AddDataLoader<SlowKeysLoader>()
            .ModifyRequestOptions(o =>
            {
                o.DataLoaderStallTimeout = stallTimeout ?? Timeout.InfiniteTimeSpan;
                o.IncludeExceptionDetails = true;
                o.EnableDataLoaders = enableDataLoaders;
            });
        return new DataLoaderHost(services.BuildServiceProvider());
    }

    public AsyncServiceScope CreateScope() => _services.CreateAsyncScope();

    /// <summary>Runs <paramref name="query"/> in a scope of its own.</summary>
    public async Task<OperationResult> RunAsync(string query, CancellationToken cancellationToken = default)
    {
        await using var scope = CreateScope();
        return await RunAsync(query, scope.ServiceProvider, cancellationToken);
    }

    /// <summary>Runs <paramref name="query"/> in the given scope.</summary>
    public async Task<OperationResult> RunAsync(string query, IServiceProvider scope, CancellationToken cancellationToken = default)
    {
        var running = Executor.ExecuteAsync(new OperationRequest { Query = query, Services = scope }, cancellationToken).AsTask();
        var result = await Bounded(running);
        return Assert.IsType<OperationResult>(result);
    }

    public static async Task<T> Bounded<T>(Task<T> task)
    {
        if (await Task.WhenAny(task, Task.Delay(HangLimit)) != task)
        {
            Assert.Fail("The request did not finish: a DataLoader batch was never dispatched.");
        }

        return await task;
    }

    public static JsonElement Data(OperationResult result)
    {
        using var document = JsonDocument.Parse(result.ToJson());
        return document.RootElement.GetProperty("data").Clone();
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
