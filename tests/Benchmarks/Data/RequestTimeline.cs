using System.Buffers;
using System.Data.Common;
using System.Diagnostics;
using KtPortal.GraphQL.Data.Tests.TestModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace KtPortal.Benchmarks.Data;

/// <summary>
/// Where one request of <see cref="DataBenchmarks"/> spends its time, as a timeline: an EF Core command interceptor
/// stamps when each statement is sent, when PostgreSQL answers, and when its rows have been read; the request's end
/// is the last stamp. It runs 4,000 engine requests (the first 1,000 warm up), each followed by one hand-written
/// request, and prints the median of every stamp and of the hand-written request. Then it runs each side alone,
/// 2,000 requests at a time, twice, and prints per request the wall time, the CPU time of the whole process (every
/// thread, the runtime's included), the thread-pool work items, the bytes allocated and the context switches. Not a
/// BenchmarkDotNet job: run with <c>--timeline</c> (docs/benchmarks.md). <c>TIMELINE_ENGINE_ONLY=n</c> runs the engine alone, n requests
/// twice (the first round warms up), for a profiler to attach to or, with <c>TIMELINE_QUERY</c>, to measure another
/// query on the same data; <c>TIMELINE_ALLOCATIONS=1</c> then also prints the types the second round allocates
/// (<see cref="AllocationSampler"/>). <c>TIMELINE_CONNECTION_OPTIONS</c> is appended to the connection
/// string of the data source both sides use, e.g. <c>;Max Auto Prepare=50;Auto Prepare Min Usages=2</c>.
/// </summary>
internal sealed class RequestTimeline : DbCommandInterceptor
{
    private const int Requests = 4_000;
    private const int WarmUp = 1_000;
    private const int AloneRequests = 2_000;

    private readonly List<(string Name, long At)> _stamps = [];
    private long _start;

    public static async Task RunAsync()
    {
        var database = new DeskDatabase();
        await database.InitializeAsync();
        try
        {
            var timeline = new RequestTimeline();
            var options = Environment.GetEnvironmentVariable("TIMELINE_CONNECTION_OPTIONS") ?? string.Empty;
            await using var source = NpgsqlDataSource.Create(database.ConnectionString + options);
            var contexts = new PooledDbContextFactory<DeskContext>(
                new DbContextOptionsBuilder<DeskContext>().UseNpgsql(source).AddInterceptors(timeline).Options);
            await using var engine = new DeskApi(contexts.CreateDbContext);
            var handWritten = new HandWrittenTickets(source);
            var buffer = new ArrayBufferWriter<byte>(64 * 1024);
            Func<Task> engineRequest = () => DeskResponses.WriteAsync(engine, DataBenchmarks.Request(), buffer);
            Func<Task> handWrittenRequest = () => handWritten.WriteBenchmarkResponseAsync(buffer);
            if (int.TryParse(Environment.GetEnvironmentVariable("TIMELINE_ENGINE_ONLY"), out var only))
            {
                // Another query on the same data, with the benchmark's variables, to tell its parts apart.
                var request = Environment.GetEnvironmentVariable("TIMELINE_QUERY") is { Length: > 0 } query
                    ? DataBenchmarks.Request() with { Query = query }
                    : DataBenchmarks.Request();
                using var sampler = Environment.GetEnvironmentVariable("TIMELINE_ALLOCATIONS") == "1" ? new AllocationSampler() : null;
                for (var round = 0; round < 2; round++)
                {
                    if (round == 1)
                    {
                        sampler?.Start();
                    }

                    Console.WriteLine($"engine alone, {only:N0} requests, per request: {await AloneAsync(() => DeskResponses.WriteAsync(engine, request, buffer), only)}");
                }

                Console.WriteLine($"statements written: {KtPortal.GraphQL.Data.Statements.StatementCache.Hits:N0} from the statement cache, {KtPortal.GraphQL.Data.Statements.StatementCache.Misses:N0} translated");
                if (sampler?.Stop() is { } types)
                {
                    Console.WriteLine("allocated types of the second round, by share of the runtime's allocation ticks (one about every 100 KB):");
                    foreach (var (type, share) in types.Take(40))
                    {
                        Console.WriteLine($"  {share,6:P1}  {type}");
                    }
                }

                return;
            }

            var runs = new List<long[]>();
            var handWrittenTimes = new List<long>();
            string[] names = [];
            for (var i = 0; i < Requests; i++)
            {
                timeline.Begin();
                await DeskResponses.WriteAsync(engine, DataBenchmarks.Request(), buffer);
                var stamps = timeline.End();
                var started = Stopwatch.GetTimestamp();
                await handWritten.WriteBenchmarkResponseAsync(buffer);
                var handWrittenTime = Stopwatch.GetTimestamp() - started;
                if (i < WarmUp)
                {
                    continue;
                }

                names = [.. stamps.Select(s => s.Name)];
                runs.Add([.. stamps.Select(s => s.At)]);
                handWrittenTimes.Add(handWrittenTime);
            }

            Console.WriteLine($"engine request, medians of {runs.Count} (µs from its start):");
            for (var k = 0; k < names.Length; k++)
            {
                Console.WriteLine($"  {names[k],-28} {Microseconds(Median(runs.Where(r => r.Length == names.Length).Select(r => r[k]))),8:F1}");
            }

            Console.WriteLine($"hand-written request, median of {handWrittenTimes.Count}: {Microseconds(Median(handWrittenTimes)):F1} µs");
            Console.WriteLine($"each side alone, {AloneRequests:N0} requests, per request:");
            for (var round = 0; round < 2; round++)
            {
                Console.WriteLine($"  engine:       {await AloneAsync(engineRequest, AloneRequests)}");
                Console.WriteLine($"  hand-written: {await AloneAsync(handWrittenRequest, AloneRequests)}");
            }

            Console.WriteLine($"statements written: {KtPortal.GraphQL.Data.Statements.StatementCache.Hits:N0} from the statement cache, {KtPortal.GraphQL.Data.Statements.StatementCache.Misses:N0} translated");
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Stamp("statement sent");
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Stamp("statement answered");
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Stamp("statement read");
        return base.DataReaderClosingAsync(command, eventData, result);
    }

    // Wall time, CPU time of the process, thread-pool work items and allocated bytes, each per request.
    private static async Task<string> AloneAsync(Func<Task> request, int count)
    {
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var workItems = ThreadPool.CompletedWorkItemCount;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var switches = ContextSwitches();
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            await request();
        }

        var wall = Microseconds(Stopwatch.GetTimestamp() - started) / count;
        process.Refresh();
        return $"wall {wall,7:F1} µs, CPU {(process.TotalProcessorTime - cpu).TotalMicroseconds / count,6:F1} µs, "
            + $"work items {(ThreadPool.CompletedWorkItemCount - workItems) / (double)count,5:F1}, "
            + $"allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / count,6:F1} KB, "
            + $"context switches {(ContextSwitches() - switches) / (double)count,5:F1}";
    }

    // The context switches of the process's live threads so far (Linux: /proc/self/task/*/status), voluntary or not;
    // a thread that ends takes its count with it, which the thread pool's steady state rarely does.
    private static long ContextSwitches()
    {
        long total = 0;
        try
        {
            foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
            {
                try
                {
                    foreach (var line in File.ReadLines(Path.Combine(task, "status")))
                    {
                        if (line.Contains("ctxt_switches:", StringComparison.Ordinal))
                        {
                            total += long.Parse(line.AsSpan(line.IndexOf(':') + 1).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                        }
                    }
                }
                catch (IOException)
                {
                    // The thread ended while being read.
                }
            }
        }
        catch (DirectoryNotFoundException)
        {
            // Not Linux.
        }

        return total;
    }

    private void Begin()
    {
        lock (_stamps)
        {
            _stamps.Clear();
            _start = Stopwatch.GetTimestamp();
        }
    }

    private List<(string Name, long At)> End()
    {
        Stamp("request done");
        lock (_stamps)
        {
            return [.. _stamps];
        }
    }

    private void Stamp(string name)
    {
        lock (_stamps)
        {
            _stamps.Add((name, Stopwatch.GetTimestamp() - _start));
        }
    }

    private static long Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static double Microseconds(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;
}
