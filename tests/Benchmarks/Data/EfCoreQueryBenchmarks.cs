using BenchmarkDotNet.Attributes;
using KtPortal.GraphQL.Data.Tests.TestModel;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.Benchmarks.Data;

/// <summary>
/// What two changes under the engine would buy, measured on EF Core alone with statements written in plain LINQ (no
/// GraphQL, no JSON): the data benchmark's two statements (a page of 50 tickets with their requester, then the 3 newest
/// messages and one more of each) built per request, built once, and as EF Core compiled queries; and the grouped
/// statement with its parents found two ways, from the distinct keys of the messages (the engine's shape) and from the
/// parents' own table. The hand-written code of <see cref="HandWrittenTickets"/> is the baseline.
/// </summary>
[MemoryDiagnoser]
public class EfCoreQueryBenchmarks : DeskBenchmark
{
    private const int First = HandWrittenTickets.BenchmarkTickets;
    private const int Take = HandWrittenTickets.BenchmarkMessages + 1;

    private static readonly TicketStatus[] OpenStatuses = [TicketStatus.Open, TicketStatus.InProgress, TicketStatus.WaitingOnClient];

    // The same LINQ as Tickets and MessagesOverDistinctKeys (through Grouped) below: a compiled query's lambda cannot call them.
    private static readonly Func<DeskContext, TicketStatus[], int, IAsyncEnumerable<TicketRow>> CompiledTickets =
        EF.CompileAsyncQuery((DeskContext context, TicketStatus[] statuses, int take) => context.Tickets.Where(t => statuses.Contains(t.Status))
            .OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id).Take(take)
            .Select(t => new TicketRow(t.Id, t.Number, t.Title, t.Requester!.DisplayName, t.CreatedAt)));

    private static readonly Func<DeskContext, int[], int, IAsyncEnumerable<MessageRow>> CompiledMessages =
        EF.CompileAsyncQuery((DeskContext context, int[] ids, int take) => context.Messages.Where(m => ids.Contains(m.TicketId))
            .Select(m => m.TicketId).Distinct()
            .SelectMany(ticket => context.Messages.Where(m => ids.Contains(m.TicketId) && m.TicketId == ticket)
                .OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id).Take(take))
            .OrderBy(m => m.TicketId).ThenByDescending(m => m.CreatedAt).ThenBy(m => m.Id)
            .Select(m => new MessageRow(m.TicketId, m.Body, m.CreatedAt, m.Id)));

    private readonly KeyHolder _keys = new();
    private DeskContext _longLived = null!;
    private IQueryable<TicketRow> _ticketsBuiltOnce = null!;
    private IQueryable<MessageRow> _messagesBuiltOnce = null!;
    private KeyHolder _pageKeys = null!;

    /// <summary>A ticket of the page.</summary>
    public sealed record TicketRow(int Id, int Number, string Title, string Requester, DateTimeOffset CreatedAt);

    /// <summary>A message of a ticket's page.</summary>
    public sealed record MessageRow(int TicketId, string Body, DateTimeOffset CreatedAt, int Id);

    /// <summary>The hand-written statements and JSON.</summary>
    [Benchmark(Baseline = true)]
    public Task<int> HandWritten() => HandWrittenCode.WriteBenchmarkResponseAsync(Buffer);

    /// <summary>Both statements as LINQ built per request (as the engine builds its queries), on a pooled context.</summary>
    [Benchmark]
    public async Task<int> LinqBuiltPerRequest()
    {
        await using var context = Contexts.CreateDbContext();
        var statuses = OpenStatuses;
        var take = First + 1;
        var tickets = await Tickets(context, statuses, take).ToListAsync();
        var messagesTake = Take;
        return (await MessagesOverDistinctKeys(context, new KeyHolder { Value = Keys(tickets) }, messagesTake).ToListAsync()).Count;
    }

    /// <summary>
    /// Both statements as LINQ built once and run again with new values (through a closure): EF Core's per-request
    /// pipeline (parameter extraction, cache lookup) without building any expression.
    /// </summary>
    [Benchmark]
    public async Task<int> LinqBuiltOnce()
    {
        var tickets = await _ticketsBuiltOnce.ToListAsync();
        _keys.Value = Keys(tickets);
        return (await _messagesBuiltOnce.ToListAsync()).Count;
    }

    /// <summary>Both statements as EF Core compiled queries (<see cref="EF.CompileAsyncQuery{TContext, TParam1, TParam2, TResult}(System.Linq.Expressions.Expression{Func{TContext, TParam1, TParam2, IQueryable{TResult}}})"/>), on a pooled context.</summary>
    [Benchmark]
    public async Task<int> CompiledQueries()
    {
        await using var context = Contexts.CreateDbContext();
        var tickets = new List<TicketRow>(First + 1);
        await foreach (var ticket in CompiledTickets(context, OpenStatuses, First + 1))
        {
            tickets.Add(ticket);
        }

        var count = 0;
        await foreach (var _ in CompiledMessages(context, Keys(tickets), Take))
        {
            count++;
        }

        return count;
    }

    /// <summary>The grouped statement alone, its parents the distinct keys of the messages (the engine's shape).</summary>
    [Benchmark]
    public async Task<int> GroupedOverDistinctKeys()
    {
        await using var context = Contexts.CreateDbContext();
        var take = Take;
        return (await MessagesOverDistinctKeys(context, _pageKeys, take).ToListAsync()).Count;
    }

    /// <summary>The grouped statement alone, its parents read from the tickets' table by key.</summary>
    [Benchmark]
    public async Task<int> GroupedOverParentTable()
    {
        await using var context = Contexts.CreateDbContext();
        var take = Take;
        return (await MessagesOverParentTable(context, _pageKeys, take).ToListAsync()).Count;
    }

    /// <inheritdoc/>
    protected override async Task PrepareAsync()
    {
        _longLived = Contexts.CreateDbContext();
        var statuses = OpenStatuses;
        var take = First + 1;
        _ticketsBuiltOnce = Tickets(_longLived, statuses, take);
        var keys = _keys;
        var messagesTake = Take;
        _messagesBuiltOnce = MessagesOverDistinctKeys(_longLived, keys, messagesTake);
        _pageKeys = new KeyHolder { Value = Keys(await _ticketsBuiltOnce.ToListAsync()) };

        // Every way must read the same rows, or they would time different work.
        var rows = await GroupedOverDistinctKeys();
        int[] counts = [await LinqBuiltPerRequest(), await LinqBuiltOnce(), await CompiledQueries(), await GroupedOverParentTable()];
        if (counts.Any(c => c != rows))
        {
            throw new InvalidOperationException($"The ways read different rows: {rows} and {string.Join(", ", counts)}.");
        }

        Console.WriteLine($"// {rows} messages for {_pageKeys.Value.Length} tickets; the grouped statement over the parents' table:");
        Console.WriteLine(MessagesOverParentTable(_longLived, _pageKeys, Take).ToQueryString());
    }

    /// <inheritdoc/>
    protected override async ValueTask ReleaseAsync() => await _longLived.DisposeAsync();

    private static int[] Keys(List<TicketRow> tickets) => [.. tickets.Take(First).Select(t => t.Id)];

    private static IQueryable<TicketRow> Tickets(DeskContext context, TicketStatus[] statuses, int take)
        => context.Tickets.Where(t => statuses.Contains(t.Status))
            .OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id).Take(take)
            .Select(t => new TicketRow(t.Id, t.Number, t.Title, t.Requester!.DisplayName, t.CreatedAt));

    // The grouped statement over the given parents; the keys are read from the holder at every run, as the engine's
    // value holders are (EF Core sends them as a parameter).
    private static IQueryable<MessageRow> Grouped(DeskContext context, IQueryable<int> parents, KeyHolder keys, int take)
        => parents.SelectMany(ticket => context.Messages.Where(m => keys.Value.Contains(m.TicketId) && m.TicketId == ticket)
                .OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id).Take(take))
            .OrderBy(m => m.TicketId).ThenByDescending(m => m.CreatedAt).ThenBy(m => m.Id)
            .Select(m => new MessageRow(m.TicketId, m.Body, m.CreatedAt, m.Id));

    // The engine's parents: the distinct keys of the messages.
    private static IQueryable<MessageRow> MessagesOverDistinctKeys(DeskContext context, KeyHolder keys, int take)
        => Grouped(context, context.Messages.Where(m => keys.Value.Contains(m.TicketId)).Select(m => m.TicketId).Distinct(), keys, take);

    private static IQueryable<MessageRow> MessagesOverParentTable(DeskContext context, KeyHolder keys, int take)
        => Grouped(context, context.Tickets.Where(t => keys.Value.Contains(t.Id)).Select(t => t.Id), keys, take);

    private sealed class KeyHolder
    {
        public int[] Value = [];
    }
}
