using System.Buffers;
using BenchmarkDotNet.Attributes;
using KtPortal.GraphQL.Data.Tests.TestModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace KtPortal.Benchmarks.Data;

/// <summary>
/// What the data benchmarks share: one generated desk database (10,000 tickets) on the PostgreSQL of
/// <c>KTPORTAL_TEST_POSTGRES</c> (<c>./portal bench data</c> starts one), a data source on it, contexts pooled on that
/// data source as the API registers them (<c>AddDbContextPool</c>), the hand-written baseline, and the buffer
/// responses are written to.
/// </summary>
public abstract class DeskBenchmark
{
    /// <summary>The buffer each timed request writes its response to.</summary>
    protected ArrayBufferWriter<byte> Buffer { get; } = new(64 * 1024);

    /// <summary>The generated database; its <see cref="DeskDatabase.CreateContext"/> counts statements.</summary>
    protected DeskDatabase Database { get; } = new();

    /// <summary>The data source the timed code connects through.</summary>
    protected NpgsqlDataSource DataSource { get; private set; } = null!;

    /// <summary>Contexts pooled on <see cref="DataSource"/>.</summary>
    protected PooledDbContextFactory<DeskContext> Contexts { get; private set; } = null!;

    /// <summary>The hand-written statements and JSON on <see cref="DataSource"/>.</summary>
    protected HandWrittenTickets HandWrittenCode { get; private set; } = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    /// <summary>Prepares and checks what the benchmark times, once the database and connections are there.</summary>
    protected abstract Task PrepareAsync();

    /// <summary>
    /// The statements the engine sends for <see cref="DataBenchmarks"/>' request, with their parameters: one request
    /// through an engine whose contexts record through <paramref name="recorder"/>.
    /// </summary>
    internal async Task<List<System.Data.Common.DbCommand>> EngineCommandsAsync(CommandRecorder recorder)
    {
        var options = recorder.Options(Database.ConnectionString);
        await using (var engine = new DeskApi(() => new DeskContext(options)))
        {
            await DeskResponses.WriteAsync(engine, DataBenchmarks.Request(), Buffer);
        }

        return recorder.Take();
    }

    /// <summary>Releases what <see cref="PrepareAsync"/> made, before the connections and the database go.</summary>
    protected virtual ValueTask ReleaseAsync() => ValueTask.CompletedTask;

    private async Task SetupAsync()
    {
        await Database.InitializeAsync();
        DataSource = NpgsqlDataSource.Create(Database.ConnectionString);
        Contexts = new PooledDbContextFactory<DeskContext>(new DbContextOptionsBuilder<DeskContext>().UseNpgsql(DataSource).Options);
        HandWrittenCode = new HandWrittenTickets(DataSource);
        await PrepareAsync();
    }

    private async Task CleanupAsync()
    {
        await ReleaseAsync();
        await DataSource.DisposeAsync();
        await Database.DisposeAsync();
    }
}
