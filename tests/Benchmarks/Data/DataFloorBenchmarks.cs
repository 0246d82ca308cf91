using System.Data.Common;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using KtPortal.GraphQL.Data;
using KtPortal.GraphQL.Data.Paging;
using KtPortal.GraphQL.Data.Tests.TestModel;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KtPortal.Benchmarks.Data;

/// <summary>
/// What <see cref="DataBenchmarks"/>' engine time is made of below the engine: the same two statements sent by EF
/// Core alone (the library calls the engine's paging middleware makes, with the same filter, ordering and
/// projection, but no GraphQL and no JSON), and the same two SQL texts sent by hand on Npgsql (no EF Core). Beside
/// them, EF Core's own nested-collection projection of the same data in one statement, which is what a projection
/// of a nested paged list becomes without the grouped DataLoader. The hand-written code of
/// <see cref="HandWrittenTickets"/> is the baseline, as in <see cref="DataBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class DataFloorBenchmarks : DeskBenchmark
{
    private const int First = HandWrittenTickets.BenchmarkTickets;
    private const int Messages = HandWrittenTickets.BenchmarkMessages;

    private static readonly TicketStatus[] OpenStatuses = [TicketStatus.Open, TicketStatus.InProgress, TicketStatus.WaitingOnClient];
    private static readonly SortKey[] TicketsNewestFirst = [new SortKey((Expression<Func<Ticket, DateTimeOffset>>)(t => t.CreatedAt), Descending: true)];
    private static readonly SortKey[] MessagesNewestFirst = [new SortKey((Expression<Func<Message, DateTimeOffset>>)(m => m.CreatedAt), Descending: true)];

    // The projections the engine builds for the benchmark query: the selected members, then the ordering's, then the key.
    private static readonly Expression<Func<Ticket, Ticket>> TicketProjection = e => new Ticket
    {
        Number = e.Number,
        Title = e.Title,
        Requester = e.Requester == null ? null : new User { DisplayName = e.Requester.DisplayName, Id = e.Requester.Id },
        CreatedAt = e.CreatedAt,
        Id = e.Id,
    };

    private static readonly Expression<Func<Message, Message>> MessageProjection = e => new Message
    {
        Body = e.Body, CreatedAt = e.CreatedAt, Id = e.Id, TicketId = e.TicketId,
    };

    private readonly PagingOptions _pagingOptions = new();
    private readonly CommandRecorder _recorder = new();
    private List<DbCommand> _engineCommands = null!;

    /// <summary>The hand-written statements and JSON (<see cref="HandWrittenTickets"/>).</summary>
    [Benchmark(Baseline = true)]
    public Task<int> HandWritten() => HandWrittenCode.WriteBenchmarkResponseAsync(Buffer);

    /// <summary>The engine's two SQL texts with the engine's parameter values, sent by hand; every column read.</summary>
    [Benchmark]
    public async Task<int> EngineSqlByHand()
    {
        var values = 0;
        await using var connection = await DataSource.OpenConnectionAsync();
        foreach (var recorded in _engineCommands)
        {
            await using var command = new NpgsqlCommand(recorded.CommandText, connection);
            foreach (NpgsqlParameter parameter in recorded.Parameters)
            {
                command.Parameters.Add(parameter.Clone());
            }

            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    values += reader.IsDBNull(i) ? 0 : reader.GetValue(i) is null ? 0 : 1;
                }
            }
        }

        return values;
    }

    /// <summary>
    /// The engine's two statements through EF Core alone: <see cref="PageExecutor"/> for the tickets and
    /// <see cref="GroupedPages"/> for their messages, on a pooled context, as the engine's middleware calls them.
    /// </summary>
    [Benchmark]
    public async Task<int> EngineStatementsThroughEfCore()
    {
        await using var context = Contexts.CreateDbContext();
        return await LoadAsync(context);
    }

    /// <summary>
    /// EF Core's own projection of the nested list in the same statement as the tickets
    /// (<c>Messages = t.Messages.OrderByDescending(...).Take(4).ToList()</c>): a window over every message.
    /// </summary>
    [Benchmark]
    public async Task<int> EfCoreNestedProjection()
    {
        await using var context = Contexts.CreateDbContext();
        var tickets = await NestedProjection(context).ToListAsync();
        return tickets.Count;
    }

    private static IQueryable<Ticket> NestedProjection(DeskContext context)
        => context.Tickets.Where(t => OpenStatuses.Contains(t.Status))
            .OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id).Take(First + 1)
            .Select(t => new Ticket
            {
                Number = t.Number,
                Title = t.Title,
                Requester = new User { DisplayName = t.Requester!.DisplayName },
                Messages = t.Messages.OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id).Take(Messages + 1)
                    .Select(m => new Message { Body = m.Body, CreatedAt = m.CreatedAt }).ToList(),
            });

    private async Task<int> LoadAsync(DeskContext context)
    {
        // A closure, as the filter's value holder is: EF Core sends it as a parameter (a static field would be inlined).
        var statuses = OpenStatuses;
        var tickets = await PageExecutor.ExecuteAsync(
            new DataQuery<Ticket>(context.Tickets).Where(t => statuses.Contains(t.Status)).OrderBy(TicketsNewestFirst).Select(TicketProjection),
            new PagingArguments(First: First),
            _pagingOptions,
            countTotal: false,
            CancellationToken.None);
        var ids = new int[tickets.Nodes.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = tickets.Nodes[i].Id;
        }

        var pages = await GroupedPages.LoadAsync(
            new DataQuery<Message>(context.Messages).OrderBy(MessagesNewestFirst).Select(MessageProjection),
            m => m.TicketId,
            ids,
            new PagingArguments(First: Messages),
            _pagingOptions,
            CancellationToken.None);
        return pages.Count;
    }

    /// <inheritdoc/>
    protected override async Task PrepareAsync()
    {
        _engineCommands = await EngineCommandsAsync(_recorder);

        // The EF Core-only path must send the engine's statements: the same SQL up to parameter names.
        await using (var context = new DeskContext(_recorder.Options(Database.ConnectionString)))
        {
            if (await LoadAsync(context) != First)
            {
                throw new InvalidOperationException("The EF Core-only path must load a page of messages for each of the 50 tickets.");
            }
        }

        var engineSql = _engineCommands.Select(c => Normalized(c.CommandText)).ToList();
        var efSql = _recorder.Take().Select(c => Normalized(c.CommandText)).ToList();
        if (!engineSql.SequenceEqual(efSql))
        {
            throw new InvalidOperationException(
                $"The EF Core-only path sends other statements than the engine.\nengine:\n{string.Join("\n--\n", engineSql)}\nEF Core only:\n{string.Join("\n--\n", efSql)}");
        }

        Console.WriteLine($"// statements: engine {engineSql.Count}, EF Core only {efSql.Count}, values read by hand {await EngineSqlByHand()}");
        await using (var context = Contexts.CreateDbContext())
        {
            Console.WriteLine($"// EF Core's nested projection:\n{NestedProjection(context).ToQueryString()}");
        }
    }

    private static string Normalized(string sql) => Regex.Replace(sql, @"@\w+", "@p");
}
