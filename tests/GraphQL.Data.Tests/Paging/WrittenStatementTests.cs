using System.Linq.Expressions;
using KtPortal.GraphQL.Data.Paging;
using KtPortal.GraphQL.Data.Tests.TestModel;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.GraphQL.Data.Tests.Paging;

/// <summary>
/// The statements the data layer writes itself (<see cref="PagingOptions.WriteStatements"/>): each is compared with
/// what EF Core reads for the same query, or with LINQ to objects over the generated rows; and a query the layer
/// cannot write still runs, through EF Core, and says so in the log.
/// </summary>
public sealed class WrittenStatementTests(DeskDatabase database) : IClassFixture<DeskDatabase>
{
    private static readonly PagingOptions Written = new();

    private static readonly PagingOptions ThroughEfCore = new() { WriteStatements = false };

    private static readonly Expression<Func<Message, int>> MessageTicket = m => m.TicketId;

    private static readonly SortKey[] NewestFirst = [new((Expression<Func<Message, DateTimeOffset>>)(m => m.CreatedAt), Descending: true)];

    public static TheoryData<int?, int?, bool> GroupedArguments => new()
    {
        { 3, null, false },
        { null, 2, false },
        { 2, null, true },
        { null, 2, true },
    };

    [Theory]
    [MemberData(nameof(GroupedArguments))]
    public async Task Grouped_pages_are_one_lateral_join_and_equal_EF_Cores(int? first, int? last, bool fromCursor)
    {
        int[] ticketIds = [.. database.Data.Messages.GroupBy(m => m.TicketId).Where(g => g.Count() >= 4).Take(40).Select(g => g.Key), 1_000_000];
        var cursors = fromCursor ? await CursorsAsync(ticketIds) : null;

        foreach (var id in ticketIds)
        {
            var arguments = cursors is null
                ? new PagingArguments(First: first, Last: last)
                : new PagingArguments(First: first, Last: last, After: first is null ? null : cursors.GetValueOrDefault(id), Before: last is null ? null : cursors.GetValueOrDefault(id));
            if (fromCursor && !cursors!.ContainsKey(id))
            {
                continue;
            }

            var written = await LoadAsync([id], arguments, Written);
            var efCore = await LoadAsync([id], arguments, ThroughEfCore);
            Assert.Equal(Describe(efCore[id]), Describe(written[id]));
        }

        database.Statements.Reset();
        database.Log.Reset();
        var all = await LoadAsync(ticketIds, new PagingArguments(First: first, Last: last), Written);
        var statement = Assert.Single(database.Statements.Statements);
        Assert.Contains("CROSS JOIN LATERAL", statement, StringComparison.Ordinal);
        Assert.Empty(database.Log.NotWritten);
        var reference = await LoadAsync(ticketIds, new PagingArguments(First: first, Last: last), ThroughEfCore);
        Assert.Equal(ticketIds.Select(id => Describe(reference[id])), ticketIds.Select(id => Describe(all[id])));
        Assert.Empty(all[1_000_000].Nodes);
    }

    [Fact]
    public async Task A_source_projected_into_a_node_type_is_written_and_walks_as_EF_Cores()
    {
        // As the API's sources are (TicketNode.From): the filters, keys and projection read the node's members,
        // which the written statement reads through the Select, a reference member included.
        var sorts = new SortKey[]
        {
            new((Expression<Func<TicketView, string?>>)(v => v.RequesterName), Descending: true),
            new((Expression<Func<TicketView, int?>>)(v => v.Estimate), Descending: false),
        };
        Expression<Func<TicketView, bool>> filter = v => v.Estimate != 30 && (v.Title.Contains("a") || v.RequesterName!.StartsWith("A"));
        Expression<Func<TicketView, TicketView>> projection = v => new TicketView { Id = v.Id, Title = v.Title, RequesterName = v.RequesterName, Estimate = v.Estimate };

        async Task<List<string>> WalkAsync(PagingOptions options)
        {
            var seen = new List<string>();
            string? cursor = null;
            while (true)
            {
                await using var db = database.CreateContext();
                var source = db.Tickets.Where(t => t.OrganizationId == 3).Select(t => new TicketView
                {
                    Id = t.Id,
                    Title = t.Title,
                    Estimate = t.EstimatedMinutes,
                    RequesterName = t.Requester!.DisplayName,
                });
                var query = new DataQuery<TicketView>(source).Where(filter).OrderBy(sorts).Select(projection);
                var page = await PageExecutor.ExecuteAsync(query, new PagingArguments(First: 7, After: cursor), options, countTotal: false, CancellationToken.None);
                seen.AddRange(page.Nodes.Select(v => $"{v.Id}:{v.Title}:{v.RequesterName}:{v.Estimate}"));
                if (!page.PageInfo.HasNextPage)
                {
                    return seen;
                }

                cursor = page.PageInfo.EndCursor;
            }
        }

        database.Log.Reset();
        var written = await WalkAsync(Written);
        Assert.Empty(database.Log.NotWritten);
        var efCore = await WalkAsync(ThroughEfCore);
        Assert.True(written.Count > 20, $"only {written.Count} rows: the case would test little");
        Assert.Equal(efCore, written);
    }

    [Fact]
    public async Task Total_counts_are_written_and_equal_EF_Cores()
    {
        Expression<Func<Ticket, bool>> filter = t => t.EstimatedMinutes != 30 && t.Requester!.DisplayName.Contains("a");
        int[] ticketIds = [.. database.Data.Messages.Select(m => m.TicketId).Distinct().Take(30), 1_000_000];

        async Task<(int Tickets, string Messages)> CountAsync(PagingOptions options)
        {
            await using var db = database.CreateContext();
            var tickets = new DataQuery<Ticket>(db.Tickets).Where(filter).Select(t => new Ticket { Id = t.Id });
            var page = await PageExecutor.ExecuteAsync(tickets, new PagingArguments(First: 2), options, countTotal: true, CancellationToken.None);
            var messages = new DataQuery<Message>(db.Messages).Where(m => !m.IsInternal).OrderBy(NewestFirst).Select(m => new Message { Id = m.Id, TicketId = m.TicketId });
            var pages = await GroupedPages.LoadAsync(messages, MessageTicket, ticketIds, new PagingArguments(First: 1), options, countTotal: true, CancellationToken.None);
            return (page.TotalCount, string.Join(",", ticketIds.Select(id => pages[id].TotalCount)));
        }

        database.Statements.Reset();
        database.Log.Reset();
        var written = await CountAsync(Written);
        Assert.Empty(database.Log.NotWritten);
        Assert.Single(database.Statements.Statements, s => s.StartsWith("SELECT count(*)::int", StringComparison.Ordinal));
        Assert.Single(database.Statements.Statements, s => s.Contains("count(*)::int", StringComparison.Ordinal) && s.Contains("GROUP BY m.ticket_id", StringComparison.Ordinal));

        var efCore = await CountAsync(ThroughEfCore);
        Assert.Equal(efCore, written);
        var names = database.Data.Users.ToDictionary(u => u.Id, u => u.DisplayName);
        Assert.Equal(database.Data.Tickets.Count(t => t.EstimatedMinutes != 30 && names[t.RequesterId].Contains('a', StringComparison.Ordinal)), written.Tickets);
        Assert.EndsWith(",0", written.Messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nulls_compare_as_in_CSharp()
    {
        int?[] values = [null, 30, 60];
        foreach (var value in values)
        {
            var holder = new Box { Value = value };
            Expression<Func<Ticket, bool>>[] predicates =
            [
                t => t.EstimatedMinutes == holder.Value,
                t => t.EstimatedMinutes != holder.Value,
                t => !(t.EstimatedMinutes > holder.Value),
                t => t.EstimatedMinutes <= holder.Value || t.ResolvedAt == null,
                t => !(t.EstimatedMinutes == holder.Value && t.IsBillable),
            ];
            foreach (var predicate in predicates)
            {
                var expected = database.Data.Tickets.AsQueryable().Where(predicate).OrderBy(t => t.Id).Take(30).Select(t => t.Id).ToList();
                database.Log.Reset();
                await using var db = database.CreateContext();
                var query = new DataQuery<Ticket>(db.Tickets).Where(predicate).Select(t => new Ticket { Id = t.Id });
                var page = await PageExecutor.ExecuteAsync(query, new PagingArguments(First: 30), Written, countTotal: false, CancellationToken.None);
                Assert.Equal(expected, page.Nodes.Select(t => t.Id));
                Assert.Empty(database.Log.NotWritten);
            }
        }
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\\")]
    public async Task LIKE_wildcards_in_a_value_are_matched_literally(string wildcard)
    {
        // As a bare pattern, "<two letters>%" or "<two letters>_" would match every title starting with those letters.
        var start = database.Data.Tickets[0].Title[..2];
        Assert.Contains(database.Data.Tickets, t => t.Title.StartsWith(start, StringComparison.Ordinal) && t.Title.Length > 3);
        var holder = new TextBox { Value = start + wildcard };
        Expression<Func<Ticket, bool>>[] predicates =
        [
            t => t.Title.StartsWith(holder.Value),
            t => t.Title.Contains(holder.Value),
            t => t.Title.EndsWith(holder.Value),
            t => !t.Title.ToLower().Contains(holder.Value),
        ];
        Func<Ticket, bool>[] inMemory =
        [
            t => t.Title.StartsWith(holder.Value, StringComparison.Ordinal),
            t => t.Title.Contains(holder.Value, StringComparison.Ordinal),
            t => t.Title.EndsWith(holder.Value, StringComparison.Ordinal),
            t => !t.Title.ToLowerInvariant().Contains(holder.Value, StringComparison.Ordinal),
        ];
        for (var i = 0; i < predicates.Length; i++)
        {
            var expected = database.Data.Tickets.Where(inMemory[i]).OrderBy(t => t.Id).Take(40).Select(t => t.Id).ToList();
            database.Log.Reset();
            await using var db = database.CreateContext();
            var query = new DataQuery<Ticket>(db.Tickets).Where(predicates[i]).Select(t => new Ticket { Id = t.Id });
            var page = await PageExecutor.ExecuteAsync(query, new PagingArguments(First: 40), Written, countTotal: false, CancellationToken.None);
            Assert.Equal(expected, page.Nodes.Select(t => t.Id));
            Assert.Empty(database.Log.NotWritten);
        }
    }

    [Fact]
    public async Task A_query_with_a_part_it_cannot_write_runs_through_EF_Core_and_is_logged()
    {
        var expected = database.Data.Tickets.Where(t => t.Title.Length > 30).OrderBy(t => t.Id).Take(5).Select(t => t.Id).ToList();
        await using var db = database.CreateContext();
        database.Log.Reset();

        var query = new DataQuery<Ticket>(db.Tickets.Where(t => t.Title.Length > 30)).Select(t => new Ticket { Id = t.Id });
        var page = await PageExecutor.ExecuteAsync(query, new PagingArguments(First: 5), Written, countTotal: false, CancellationToken.None);

        Assert.Equal(expected, page.Nodes.Select(t => t.Id));
        var logged = Assert.Single(database.Log.NotWritten);
        Assert.Contains("Title.Length", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_clock_is_the_databases_as_in_EF_Core_so_such_a_query_is_left_to_it()
    {
        await using var db = database.CreateContext();
        database.Log.Reset();

        var query = new DataQuery<Ticket>(db.Tickets).Where(t => t.CreatedAt < DateTimeOffset.UtcNow).Select(t => new Ticket { Id = t.Id });
        var page = await PageExecutor.ExecuteAsync(query, new PagingArguments(First: 3), Written, countTotal: false, CancellationToken.None);

        Assert.Equal(database.Data.Tickets.OrderBy(t => t.Id).Take(3).Select(t => t.Id), page.Nodes.Select(t => t.Id));
        Assert.Contains("UtcNow", Assert.Single(database.Log.NotWritten), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_raw_SQL_source_runs_through_EF_Core_with_its_SQL()
    {
        var expected = database.Data.Tickets.Where(t => t.Id % 7 == 0).OrderBy(t => t.Id).Take(5).Select(t => t.Id).ToList();
        await using var db = database.CreateContext();
        database.Log.Reset();

        // FromSql's root derives from a DbSet's: taking it for the table would drop the SQL.
        var query = new DataQuery<Ticket>(db.Tickets.FromSqlRaw("SELECT * FROM tickets WHERE id % 7 = 0")).Select(t => new Ticket { Id = t.Id });
        var page = await PageExecutor.ExecuteAsync(query, new PagingArguments(First: 5), Written, countTotal: false, CancellationToken.None);

        Assert.Equal(expected, page.Nodes.Select(t => t.Id));
        Assert.Single(database.Log.NotWritten);
    }

    [Fact]
    public async Task Turned_off_pages_run_through_EF_Core()
    {
        await using var db = database.CreateContext();
        var query = new DataQuery<Ticket>(db.Tickets).Select(t => new Ticket { Id = t.Id });
        database.Statements.Reset();

        var written = await PageExecutor.ExecuteAsync(query, new PagingArguments(First: 5), Written, countTotal: false, CancellationToken.None);
        var efCore = await PageExecutor.ExecuteAsync(query, new PagingArguments(First: 5), ThroughEfCore, countTotal: false, CancellationToken.None);

        Assert.Equal(efCore.Nodes.Select(t => t.Id), written.Nodes.Select(t => t.Id));
        Assert.Equal(2, database.Statements.Count);
        Assert.EndsWith("LIMIT 6", database.Statements.Statements[0].ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.EndsWith("LIMIT @p", database.Statements.Statements[1].ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    private async Task<Dictionary<int, string>> CursorsAsync(int[] ticketIds)
    {
        var pages = await LoadAsync(ticketIds, new PagingArguments(First: 1), ThroughEfCore);
        return pages.Where(p => p.Value.Edges.Count > 0).ToDictionary(p => p.Key, p => p.Value.Edges[0].Cursor);
    }

    private async Task<IReadOnlyDictionary<int, Connection<Message>>> LoadAsync(int[] ticketIds, PagingArguments arguments, PagingOptions options)
    {
        await using var db = database.CreateContext();
        var query = new DataQuery<Message>(db.Messages).OrderBy(NewestFirst)
            .Select(m => new Message { Id = m.Id, Body = m.Body, CreatedAt = m.CreatedAt, TicketId = m.TicketId });
        return await GroupedPages.LoadAsync(query, MessageTicket, ticketIds, arguments, options, CancellationToken.None);
    }

    private static string Describe(Connection<Message> page)
        => string.Join(",", page.Edges.Select(e => $"{e.Node.Id}:{e.Node.Body.Length}:{e.Node.CreatedAt:O}:{e.Cursor}"))
            + $"|{page.PageInfo.HasNextPage}|{page.PageInfo.HasPreviousPage}";

    private sealed class Box
    {
        public int? Value { get; init; }
    }

    /// <summary>A node type over <see cref="Ticket"/>, as the API's nodes are.</summary>
    public sealed class TicketView
    {
        /// <summary>The key.</summary>
        public int Id { get; set; }

        /// <summary>The title.</summary>
        public string Title { get; set; } = string.Empty;

        /// <summary>The estimate, if any.</summary>
        public int? Estimate { get; set; }

        /// <summary>The requester's name, through a reference.</summary>
        public string? RequesterName { get; set; }
    }

    private sealed class TextBox
    {
        public string Value { get; init; } = string.Empty;
    }
}
