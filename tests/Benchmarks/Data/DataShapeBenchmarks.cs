using System.Linq.Expressions;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using KtPortal.GraphQL.Data;
using KtPortal.GraphQL.Data.Paging;
using KtPortal.GraphQL.Data.Tests.TestModel;
using KtPortal.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.Benchmarks.Data;

/// <summary>
/// Where the engine's time goes in <see cref="DataBenchmarks"/>' query: the same page of 50 tickets through the
/// engine alone, with one part of the selection added at a time (the requester's join, the nested page of messages),
/// so that each part's cost is the difference between two rows of one run. The flat page is the baseline.
/// </summary>
[MemoryDiagnoser]
public class DataShapeBenchmarks : DeskBenchmark
{
    private const string Page = "tickets(first: 50, where: { status: { in: $statuses } }, order: [{ createdAt: DESC }])";
    private const string Messages = "messages(first: 3, order: [{ createdAt: DESC }]) { nodes { body createdAt } pageInfo { hasNextPage } }";

    private static readonly SortKey[] NewestFirst = [new SortKey((Expression<Func<Message, DateTimeOffset>>)(m => m.CreatedAt), Descending: true)];
    private static readonly PagingArguments ThreeMessages = new(First: 3);

    private readonly PagingOptions _pagingOptions = new();
    private int[] _ticketIds = null!;
    private DeskApi _engine = null!;
    private OperationRequest _flat = null!;
    private OperationRequest _requester = null!;
    private OperationRequest _messages = null!;
    private OperationRequest _full = null!;

    /// <summary>The page of tickets alone: one statement, no nested objects.</summary>
    [Benchmark(Baseline = true)]
    public Task<int> FlatPage() => ExecuteAsync(_flat);

    /// <summary>Plus each ticket's requester (a join in the same statement, 50 nested objects).</summary>
    [Benchmark]
    public Task<int> WithRequester() => ExecuteAsync(_requester);

    /// <summary>Plus a page of 3 messages under each ticket (the grouped DataLoader statement, 50 nested connections).</summary>
    [Benchmark]
    public Task<int> WithMessages() => ExecuteAsync(_messages);

    /// <summary>Both: the query of <see cref="DataBenchmarks"/>.</summary>
    [Benchmark]
    public Task<int> Full() => ExecuteAsync(_full);

    /// <summary>
    /// The grouped statement of <see cref="WithMessages"/> alone, called directly for the same 50 tickets on a pooled
    /// context: building the query, EF Core translating (from its cache) and running it, and the 50 connections.
    /// What <see cref="WithMessages"/> costs beyond this and <see cref="FlatPage"/> is the per-ticket work of the
    /// nested field (middleware, DataLoader, completing the connections) and writing them.
    /// </summary>
    [Benchmark]
    public async Task<int> GroupedPageOnly()
    {
        await using var context = Contexts.CreateDbContext();
        var query = new DataQuery<Message>(context.Messages)
            .OrderBy(NewestFirst)
            .Select(m => new Message { Id = m.Id, TicketId = m.TicketId, Body = m.Body, CreatedAt = m.CreatedAt });
        var pages = await GroupedPages.LoadAsync(query, m => m.TicketId, _ticketIds, ThreeMessages, _pagingOptions, CancellationToken.None);
        return pages.Count;
    }

    private Task<int> ExecuteAsync(OperationRequest request) => ExecuteAsync(_engine, request);

    private Task<int> ExecuteAsync(DeskApi api, OperationRequest request) => DeskResponses.WriteAsync(api, request, Buffer);

    private static OperationRequest Request(string nodeFields) => new()
    {
        Query = $"query($statuses: [TicketStatus!]) {{ {Page} {{ nodes {{ {nodeFields} }} pageInfo {{ hasNextPage }} }} }}",
        VariableValues = DeskResponses.OpenStatuses(),
    };

    /// <inheritdoc/>
    protected override async Task PrepareAsync()
    {
        _engine = new DeskApi(Contexts.CreateDbContext);
        await using (var context = Contexts.CreateDbContext())
        {
            TicketStatus[] statuses = [TicketStatus.Open, TicketStatus.InProgress, TicketStatus.WaitingOnClient];
            _ticketIds = await context.Tickets.Where(t => statuses.Contains(t.Status))
                .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Select(t => t.Id).Take(50).ToArrayAsync();
        }

        _flat = Request("number title");
        _requester = Request("number title requester { displayName }");
        _messages = Request($"number title {Messages}");
        _full = Request($"number title requester {{ displayName }} {Messages}");

        // Every shape must run without errors and return the full page, or the rows would compare different work.
        await using var counting = new DeskApi(Database.CreateContext);
        foreach (var (name, request) in new[] { ("flat", _flat), ("requester", _requester), ("messages", _messages), ("full", _full) })
        {
            Database.Statements.Reset();
            await ExecuteAsync(counting, request);
            using var response = JsonDocument.Parse(Buffer.WrittenMemory.ToArray());
            if (response.RootElement.TryGetProperty("errors", out var errors))
            {
                throw new InvalidOperationException($"The {name} query failed: {errors}");
            }

            if (response.RootElement.GetProperty("data").GetProperty("tickets").GetProperty("nodes").GetArrayLength() != 50)
            {
                throw new InvalidOperationException($"The {name} query must return a full page of tickets.");
            }

            Console.WriteLine($"// statements per request, {name}: {Database.Statements.Count}");
        }

        if (await GroupedPageOnly() != 50)
        {
            throw new InvalidOperationException("The grouped page must load a page for each of the 50 tickets.");
        }
    }

    /// <inheritdoc/>
    protected override ValueTask ReleaseAsync() => _engine.DisposeAsync();
}
