using System.Buffers;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using KtPortal.Benchmarks.Execution;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Fetching;
using KtPortal.GraphQL.Types;

namespace KtPortal.Benchmarks.Data;

/// <summary>
/// The engine's own share of <see cref="DataBenchmarks"/>' nested level, without a database: 50 tickets held in
/// memory, each with its requester and a page of 3 messages, the response shape of the data benchmark's query. The
/// messages are resolved three ways: by a plain resolver (the executor completing the shape), through a batch
/// DataLoader whose batch returns at once, and through one whose batch returns after a yield (its 50 waiters resume
/// as they do after a statement). What <see cref="DataShapeBenchmarks"/> adds to these rows is the data middleware,
/// EF Core and the statements.
/// </summary>
[MemoryDiagnoser]
public class NestedLevelBenchmarks
{
    private const string Query = """
        { tickets { number title requester { displayName } MESSAGES { nodes { body createdAt } pageInfo { hasNextPage } } } }
        """;

    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private RequestExecutor _executor = null!;
    private OperationRequest _plain = null!;
    private OperationRequest _loaded = null!;
    private OperationRequest _loadedAfterYield = null!;

    [GlobalSetup]
    public void Setup()
    {
        var schema = SchemaBuilder.New()
            .AddTypeExtension<NestedLevelQueries>()
            .AddTypeExtension<NestedLevelTicketFields>()
            .Create();
        _executor = new RequestExecutor(schema, new RequestExecutorOptions { EnableDataLoaders = true });
        _plain = new OperationRequest { Query = Query.Replace("MESSAGES", "messages", StringComparison.Ordinal) };
        _loaded = new OperationRequest { Query = Query.Replace("MESSAGES", "loadedMessages", StringComparison.Ordinal) };
        _loadedAfterYield = new OperationRequest { Query = Query.Replace("MESSAGES", "loadedMessagesAfterYield", StringComparison.Ordinal) };

        // The three must give the same response (but for the field's name), or they would time different work.
        var plain = Response(_plain, "messages");
        if (plain.Split("\"body\"").Length - 1 != NestedLevelData.Tickets.Count * 3
            || Response(_loaded, "loadedMessages") != plain || Response(_loadedAfterYield, "loadedMessagesAfterYield") != plain)
        {
            throw new InvalidOperationException("The three ways of resolving the messages must give the same response.");
        }
    }

    /// <summary>The messages from a plain resolver: the executor completing the response's shape.</summary>
    [Benchmark(Baseline = true)]
    public Task<int> PlainResolver() => ExecuteAsync(_plain);

    /// <summary>The messages through a batch DataLoader whose batch returns at once.</summary>
    [Benchmark]
    public Task<int> DataLoader() => ExecuteAsync(_loaded);

    /// <summary>The messages through a batch DataLoader whose batch yields first, as a statement's would.</summary>
    [Benchmark]
    public Task<int> DataLoaderAfterYield() => ExecuteAsync(_loadedAfterYield);

    private Task<int> ExecuteAsync(OperationRequest request) => ExecutorResponses.WriteAsync(_executor, request, _buffer);

    private string Response(OperationRequest request, string field)
    {
        ExecuteAsync(request).GetAwaiter().GetResult();
        var json = System.Text.Encoding.UTF8.GetString(_buffer.WrittenSpan);
        if (json.Contains("\"errors\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(json);
        }

        return json.Replace($"\"{field}\"", "\"messages\"", StringComparison.Ordinal);
    }
}

/// <summary>A ticket of <see cref="NestedLevelBenchmarks"/>.</summary>
public sealed record NestedLevelTicket(int Id, int Number, string Title, NestedLevelUser Requester);

/// <summary>A requester of <see cref="NestedLevelBenchmarks"/>.</summary>
public sealed record NestedLevelUser(string DisplayName);

/// <summary>A message of <see cref="NestedLevelBenchmarks"/>.</summary>
public sealed record NestedLevelMessage(string Body, string CreatedAt);

/// <summary>The page information of <see cref="NestedLevelBenchmarks"/>' pages.</summary>
public sealed record NestedLevelPageInfo(bool HasNextPage);

/// <summary>A page of messages of <see cref="NestedLevelBenchmarks"/>.</summary>
public sealed record NestedLevelMessagePage(IReadOnlyList<NestedLevelMessage> Nodes, NestedLevelPageInfo PageInfo);

/// <summary>The 50 tickets and their pages, made once.</summary>
public static class NestedLevelData
{
    /// <summary>The tickets.</summary>
    public static IReadOnlyList<NestedLevelTicket> Tickets { get; } = [.. Enumerable.Range(1, 50).Select(i =>
        new NestedLevelTicket(i, 2_000 + i, $"Checkout problem number {i}", new NestedLevelUser($"Requester {i % 7}")))];

    /// <summary>Each ticket's page of 3 messages, by ticket id.</summary>
    public static IReadOnlyDictionary<int, NestedLevelMessagePage> Pages { get; } = Tickets.ToDictionary(
        t => t.Id,
        t => new NestedLevelMessagePage(
            [.. Enumerable.Range(0, 3).Select(m => new NestedLevelMessage(
                $"Reply {m} on {t.Number}",
                new DateTimeOffset(2026, 1, 8, 9, 39 - m, 0, TimeSpan.Zero).ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'", CultureInfo.InvariantCulture)))],
            new NestedLevelPageInfo(t.Id % 3 != 0)));
}

/// <summary>The root of <see cref="NestedLevelBenchmarks"/>' schema.</summary>
[QueryType]
public sealed class NestedLevelQueries
{
    /// <summary>The 50 tickets.</summary>
    public IReadOnlyList<NestedLevelTicket> Tickets() => NestedLevelData.Tickets;
}

/// <summary>The three ways of resolving a ticket's messages.</summary>
[ExtendObjectType(typeof(NestedLevelTicket))]
public sealed class NestedLevelTicketFields
{
    /// <summary>From the dictionary, synchronously.</summary>
    public NestedLevelMessagePage Messages([Parent] NestedLevelTicket ticket) => NestedLevelData.Pages[ticket.Id];

    /// <summary>Through a batch DataLoader whose batch completes at once.</summary>
    public Task<NestedLevelMessagePage> LoadedMessages([Parent] NestedLevelTicket ticket, IResolverContext context)
        => context.BatchDataLoader<int, NestedLevelMessagePage>(static (keys, _) => Task.FromResult(Select(keys)), "nested-level")
            .LoadAsync(ticket.Id, CancellationToken.None);

    /// <summary>Through a batch DataLoader whose batch yields before it completes.</summary>
    public Task<NestedLevelMessagePage> LoadedMessagesAfterYield([Parent] NestedLevelTicket ticket, IResolverContext context)
        => context.BatchDataLoader<int, NestedLevelMessagePage>(
            static async (keys, _) =>
            {
                await Task.Yield();
                return Select(keys);
            },
            "nested-level-yield").LoadAsync(ticket.Id, CancellationToken.None);

    private static IReadOnlyDictionary<int, NestedLevelMessagePage> Select(IReadOnlyList<int> keys)
    {
        var pages = new Dictionary<int, NestedLevelMessagePage>(keys.Count);
        foreach (var key in keys)
        {
            pages[key] = NestedLevelData.Pages[key];
        }

        return pages;
    }
}
