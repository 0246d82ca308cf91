using System.Text.Json;
using BenchmarkDotNet.Attributes;
using KtPortal.GraphQL.Data.Paging;
using KtPortal.GraphQL.Data.Tests.TestModel;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Benchmarks.Data;

/// <summary>
/// The data-fetching issue's representative query through the whole engine (executor, paging, filtering, sorting,
/// projection, the grouped DataLoader, EF Core, JSON writing) beside <see cref="HandWrittenTickets"/>, which
/// sends the same two statements by hand and writes the same JSON. Both run on one generated desk database
/// (10,000 tickets) on the PostgreSQL of <c>KTPORTAL_TEST_POSTGRES</c>; <c>./portal bench data</c> starts one.
/// </summary>
[MemoryDiagnoser]
public class DataBenchmarks : DeskBenchmark
{
    private const int First = HandWrittenTickets.BenchmarkTickets;
    private const int Messages = HandWrittenTickets.BenchmarkMessages;

    private const string Query = """
        query($statuses: [TicketStatus!]) {
          tickets(first: 50, where: { status: { in: $statuses } }, order: [{ createdAt: DESC }]) {
            nodes {
              number title requester { displayName }
              messages(first: 3, order: [{ createdAt: DESC }]) { nodes { body createdAt } pageInfo { hasNextPage } }
            }
            pageInfo { hasNextPage }
          }
        }
        """;


    private DeskApi _engine = null!;
    private DeskApi _engineNewContext = null!;
    private DeskApi _engineWithoutBatchResolvers = null!;
    private DeskApi _engineThroughEfCore = null!;
    private OperationRequest _request = null!;

    /// <summary>The benchmark's request: the query with the open statuses.</summary>
    internal static OperationRequest Request() => new()
    {
        Query = Query,
        VariableValues = DeskResponses.OpenStatuses(),
    };

    [Benchmark(Baseline = true)]
    public Task<int> HandWritten() => HandWrittenCode.WriteBenchmarkResponseAsync(Buffer);

    /// <summary>The engine with pooled contexts on a data source, as the API registers them (<c>AddDbContextPool</c>).</summary>
    [Benchmark]
    public Task<int> Engine() => ExecuteAsync(_engine);

    /// <summary>The engine with a new, unpooled context per request: what the pooling saves, in the same run.</summary>
    [Benchmark]
    public Task<int> EngineNewContext() => ExecuteAsync(_engineNewContext);

    /// <summary>
    /// The engine with pooled contexts and batch resolvers off: every ticket runs the messages field's pipeline and
    /// loads its page through the grouped DataLoader on its own, which is what <see cref="Engine"/> measured before
    /// 2026-12-07 09:00 (batch resolvers); it stays in the table so that the two are compared in the same run.
    /// </summary>
    [Benchmark]
    public Task<int> EngineWithoutBatchResolvers() => ExecuteAsync(_engineWithoutBatchResolvers);

    /// <summary>
    /// The engine with pooled contexts and <c>PagingOptions.WriteStatements</c> off: both statements built and read
    /// through EF Core's query pipeline, which is what <see cref="Engine"/> measured before 2026-12-07 11:00 (statements
    /// written by the data layer); it stays in the table so that the two are compared in the same run.
    /// </summary>
    [Benchmark]
    public Task<int> EngineThroughEfCore() => ExecuteAsync(_engineThroughEfCore);

    private Task<int> ExecuteAsync(DeskApi api) => DeskResponses.WriteAsync(api, _request, Buffer);

    /// <inheritdoc/>
    protected override async Task PrepareAsync()
    {
        _request = Request();

        // The timed engine takes its contexts from a pool on an NpgsqlDataSource, as the API does
        // (src/Api/Infrastructure/DatabaseServiceCollectionExtensions.cs): a new context costs its first query
        // about 0.3 ms of service set-up that a pooled one has done already. The unpooled engine (options built
        // once, a new context per request, as AddDbContext does) stays beside it. Neither counts statements; a
        // counting engine checks them once.
        _engine = new DeskApi(Contexts.CreateDbContext);
        var options = DeskContext.Options(Database.ConnectionString);
        _engineNewContext = new DeskApi(() => new DeskContext(options));
        _engineWithoutBatchResolvers = new DeskApi(Contexts.CreateDbContext, new RequestExecutorOptions { EnableBatchResolvers = false });
        _engineThroughEfCore = new DeskApi(Contexts.CreateDbContext, paging: new PagingOptions { WriteStatements = false });
        await using var counting = new DeskApi(Database.CreateContext);
        Database.Statements.Reset();
        await ExecuteAsync(counting);
        var statements = Database.Statements.Count;
        using var engine = JsonDocument.Parse(Buffer.WrittenMemory.ToArray());

        await HandWritten();
        using var handWritten = JsonDocument.Parse(Buffer.WrittenMemory.ToArray());
        if (!JsonElement.DeepEquals(engine.RootElement, handWritten.RootElement))
        {
            throw new InvalidOperationException(
                $"The engine's response differs from the hand-written one.\nengine: {engine.RootElement}\nhand-written: {handWritten.RootElement}");
        }

        foreach (var timed in new[] { _engine, _engineNewContext, _engineWithoutBatchResolvers, _engineThroughEfCore })
        {
            await ExecuteAsync(timed);
            using var response = JsonDocument.Parse(Buffer.WrittenMemory.ToArray());
            if (!JsonElement.DeepEquals(engine.RootElement, response.RootElement))
            {
                throw new InvalidOperationException($"A timed engine's response differs from the counting engine's.\n{response.RootElement}");
            }
        }

        if (engine.RootElement.GetProperty("data").GetProperty("tickets").GetProperty("nodes").GetArrayLength() != First)
        {
            throw new InvalidOperationException("The benchmark query must return a full page of tickets.");
        }

        Console.WriteLine($"// statements per request: engine {statements}, hand-written 2");
    }

    /// <inheritdoc/>
    protected override async ValueTask ReleaseAsync()
    {
        await _engine.DisposeAsync();
        await _engineNewContext.DisposeAsync();
        await _engineWithoutBatchResolvers.DisposeAsync();
        await _engineThroughEfCore.DisposeAsync();
    }
}
