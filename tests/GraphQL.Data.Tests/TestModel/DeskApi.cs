using KtPortal.GraphQL.Data.Paging;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.Data.Tests.TestModel;

/// <summary>
/// A code-first schema over the desk model with paging, projection, filtering and sorting on both levels
/// (tickets and their messages), and an executor on it whose request scope holds one <see cref="DeskContext"/>.
/// </summary>
public sealed class DeskApi : IAsyncDisposable
{
    private static readonly Lazy<Schema> Built = new(() => Build(null));

    private readonly ServiceProvider _services;

    /// <summary>
    /// An API whose requests open contexts with <paramref name="createContext"/>; with <paramref name="paging"/>, on a
    /// schema of its own built with those paging options (they are settled when the schema is built).
    /// </summary>
    public DeskApi(Func<DeskContext> createContext, RequestExecutorOptions? options = null, PagingOptions? paging = null)
    {
        _services = new ServiceCollection()
            .AddScoped(_ => createContext())
            .AddSingleton(new DeskContextFactory(createContext))
            .AddSingleton(paging ?? new PagingOptions())
            .BuildServiceProvider();
        Executor = new RequestExecutor(paging is null ? Schema : Build(_services), options);
    }

    /// <summary>The schema.</summary>
    public static Schema Schema => Built.Value;

    /// <summary>The executor; it has no services of its own, so nothing registers a batch scheduler.</summary>
    public RequestExecutor Executor { get; }

    /// <summary>Runs <paramref name="request"/> in a new request scope (a new context) and hands the result to <paramref name="read"/>.</summary>
    public async Task<TResult> ExecuteAsync<TResult>(OperationRequest request, Func<OperationResult, TResult> read)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(read);
        await using var scope = _services.CreateAsyncScope();
        await using var result = await Executor.ExecuteAsync(request with { Services = scope.ServiceProvider });
        return read((OperationResult)result);
    }

    /// <summary>Runs <paramref name="query"/> and returns the response as JSON text.</summary>
    public Task<string> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
        => ExecuteAsync(new OperationRequest { Query = query, VariableValues = variables }, result => result.ToJson());

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private static Schema Build(IServiceProvider? services)
    {
        var builder = SchemaBuilder.New();
        if (services is not null)
        {
            builder.AddServices(services);
        }

        return builder.AddQueryType<DeskApiQuery>().AddType<DeskApiTicketType>().AddType<DeskApiMessageType>().Create();
    }
}
