using System.Linq.Expressions;
using KtPortal.GraphQL.Data.Paging;
using KtPortal.GraphQL.Data.Statements;
using KtPortal.GraphQL.Data.Tests.TestModel;

namespace KtPortal.GraphQL.Data.Tests.Paging;

/// <summary>
/// The statement cache: a query of a shape written before reuses its statement and sends its own values; a value of
/// another kind (a null, a list with a null), a constant of the query's text, or a node held in two places gets a
/// statement of its own. Every result is compared with LINQ to objects over the generated rows, and the cache's
/// hits and misses are counted on the test's own context.
/// </summary>
public sealed class StatementCacheTests(DeskDatabase database) : IClassFixture<DeskDatabase>
{
    private static readonly PagingOptions Written = new();

    private static readonly PagingOptions ThroughEfCore = new() { WriteStatements = false };

    private static readonly Expression<Func<Message, int>> MessageTicket = m => m.TicketId;

    [Fact]
    public async Task A_shape_written_before_is_not_translated_again_and_sends_each_querys_own_values()
    {
        int[] requesters = [.. database.Data.Tickets.Select(t => t.RequesterId).Distinct().Take(3)];
        await using var db = database.CreateContext();
        database.Statements.Reset();
        foreach (var requester in requesters)
        {
            var page = await PageAsync(db, t => t.RequesterId == requester);
            Assert.Equal(Expected(t => t.RequesterId == requester), page);
        }

        // One statement text for all three, each sent with its own value.
        Assert.Single(database.Statements.Statements.Distinct());
        Assert.Equal((1, 2), Lookups(db));
    }

    [Fact]
    public async Task A_null_compared_with_gets_a_statement_of_its_own()
    {
        var box = new Box();
        int?[] values = [30, null, 60, null];
        await using var db = database.CreateContext();
        database.Statements.Reset();
        foreach (var value in values)
        {
            box.Value = value;
            var page = await PageAsync(db, t => t.EstimatedMinutes == box.Value);
            Assert.Equal(Expected(t => t.EstimatedMinutes == value), page);
        }

        var statements = database.Statements.Statements;
        Assert.Contains("IS NULL", statements[1], StringComparison.Ordinal);
        Assert.DoesNotContain("IS NULL", statements[0], StringComparison.Ordinal);
        Assert.Equal(statements[0], statements[2]);
        Assert.Equal(statements[1], statements[3]);
        Assert.Equal((2, 2), Lookups(db));
    }

    [Fact]
    public async Task A_list_holding_a_null_gets_a_statement_of_its_own()
    {
        int?[][] lists = [[30, 60], [30, null], [45, 90, 120], [null]];
        await using var db = database.CreateContext();
        foreach (var list in lists)
        {
            var page = await PageAsync(db, t => list.Contains(t.EstimatedMinutes));
            Assert.Equal(Expected(t => list.Contains(t.EstimatedMinutes)), page);
        }

        Assert.Equal((2, 2), Lookups(db));
    }

    [Theory]
    [InlineData("a", "b%", "_e")]
    [InlineData("\\", "an", "%")]
    public async Task LIKE_patterns_are_made_from_each_querys_own_text(string first, string second, string third)
    {
        var box = new TextBox();
        await using var db = database.CreateContext();
        foreach (var text in new[] { first, second, third })
        {
            box.Value = text;
            var page = await PageAsync(db, t => t.Title.Contains(box.Value) || t.Description.StartsWith(box.Value));
            Assert.Equal(Expected(t => t.Title.Contains(text, StringComparison.Ordinal) || t.Description.StartsWith(text, StringComparison.Ordinal)), page);
        }

        // The second row of the theory finds the first row's statement too.
        var (misses, hits) = Lookups(db);
        Assert.Equal(3, misses + hits);
        Assert.True(hits >= 2, $"{hits} hits");
    }

    [Fact]
    public async Task Constants_of_the_querys_text_are_part_of_its_shape()
    {
        await using var db = database.CreateContext();
        foreach (var minutes in new[] { 30, 60, 30 })
        {
            var row = Expression.Parameter(typeof(Ticket), "t");
            var predicate = Expression.Lambda<Func<Ticket, bool>>(
                Expression.GreaterThan(Expression.Property(row, nameof(Ticket.EstimatedMinutes)), Expression.Constant(minutes, typeof(int?))), row);
            var page = await PageAsync(db, predicate);
            Assert.Equal(Expected(t => t.EstimatedMinutes > minutes), page);
        }

        // A constant is sent as a parameter, but the cache keeps one statement per constant, as EF Core keeps one
        // compiled query per constant: 30 and 60 make two (another test may have made one of them already), and 30
        // again finds its own.
        var (misses, hits) = Lookups(db);
        Assert.Equal(3, misses + hits);
        Assert.True(hits >= 1, $"{hits} hits");
    }

    [Fact]
    public async Task A_value_the_query_holds_in_two_places_is_read_from_each_place_of_another_query()
    {
        // The first query reads one node in two places (from 30 to 30); the second, of the same shape, reads two
        // nodes (from 30 to 90): its statement must not send the first node's value for both.
        var row = Expression.Parameter(typeof(Ticket), "t");
        var estimate = Expression.Property(row, nameof(Ticket.EstimatedMinutes));
        Expression<Func<Ticket, bool>> Between(Expression low, Expression high)
            => Expression.Lambda<Func<Ticket, bool>>(Expression.AndAlso(Expression.GreaterThanOrEqual(estimate, low), Expression.LessThanOrEqual(estimate, high)), row);
        Expression Read(int? value) => Expression.Property(Expression.Constant(new Box { Value = value }), nameof(Box.Value));

        await using var db = database.CreateContext();
        var shared = Read(30);
        Assert.Equal(Expected(t => t.EstimatedMinutes == 30), await PageAsync(db, Between(shared, shared)));
        Assert.Equal(Expected(t => t.EstimatedMinutes >= 30 && t.EstimatedMinutes <= 90), await PageAsync(db, Between(Read(30), Read(90))));
        Assert.Equal(Expected(t => t.EstimatedMinutes >= 45 && t.EstimatedMinutes <= 60), await PageAsync(db, Between(Read(45), Read(60))));
        var again = Read(60);
        Assert.Equal(Expected(t => t.EstimatedMinutes == 60), await PageAsync(db, Between(again, again)));

        Assert.Equal((2, 2), Lookups(db));
    }

    [Fact]
    public async Task Concurrent_queries_of_one_shape_each_get_their_own_rows()
    {
        int[] requesters = [.. database.Data.Tickets.Select(t => t.RequesterId).Distinct().Take(8)];
        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(async i =>
        {
            var requester = requesters[i % requesters.Length];
            await using var db = database.CreateContext();
            return (requester, await PageAsync(db, t => t.RequesterId == requester && t.IsBillable));
        }));

        foreach (var (requester, page) in results)
        {
            Assert.Equal(Expected(t => t.RequesterId == requester && t.IsBillable), page);
        }
    }

    [Fact]
    public async Task Grouped_pages_and_counts_of_other_parents_reuse_their_statements()
    {
        var withMessages = database.Data.Messages.Select(m => m.TicketId).Distinct().ToArray();
        int[][] parents = [withMessages[..20], [.. withMessages[20..35], 1_000_000], withMessages[35..60]];
        await using var db = database.CreateContext();
        await using var reference = database.CreateContext();
        foreach (var ticketIds in parents)
        {
            var body = new TextBox { Value = "e" };
            DataQuery<Message> Messages(DeskContext context) => new DataQuery<Message>(context.Messages).Where(m => m.Body.Contains(body.Value))
                .Select(m => new Message { Id = m.Id, Body = m.Body, TicketId = m.TicketId });
            var written = await GroupedPages.LoadAsync(Messages(db), MessageTicket, ticketIds, new PagingArguments(First: 2), Written, countTotal: true, CancellationToken.None);
            var efCore = await GroupedPages.LoadAsync(Messages(reference), MessageTicket, ticketIds, new PagingArguments(First: 2), ThroughEfCore, countTotal: true, CancellationToken.None);
            Assert.Equal(ticketIds.Select(id => Describe(efCore[id])), ticketIds.Select(id => Describe(written[id])));
        }

        // The grouped page is cached; the grouped count is not (it is written every time), and neither counts here.
        Assert.Equal((1, 2), Lookups(db));
    }

    [Fact]
    public async Task Total_counts_of_other_values_reuse_their_statement()
    {
        await using var db = database.CreateContext();
        foreach (var minutes in new[] { 30, 60, 90 })
        {
            var box = new Box { Value = minutes };
            var query = new DataQuery<Ticket>(db.Tickets).Where(t => t.EstimatedMinutes < box.Value).Select(t => new Ticket { Id = t.Id });
            var page = await PageExecutor.ExecuteAsync(query, new PagingArguments(First: 1), Written, countTotal: true, CancellationToken.None);
            Assert.Equal(database.Data.Tickets.Count(t => t.EstimatedMinutes < minutes), page.TotalCount);
        }

        // The page and the count: two shapes, each translated once.
        Assert.Equal((2, 4), Lookups(db));
    }

    private static (long Misses, long Hits) Lookups(DeskContext db)
    {
        var source = StatementSource.For(db.Tickets.AsQueryable().Provider)!;
        return (source.CacheMisses, source.CacheHits);
    }

    private async Task<List<int>> PageAsync(DeskContext db, Expression<Func<Ticket, bool>> predicate)
    {
        database.Log.Reset();
        var query = new DataQuery<Ticket>(db.Tickets).Where(predicate).Select(t => new Ticket { Id = t.Id });
        var page = await PageExecutor.ExecuteAsync(query, new PagingArguments(First: 50), Written, countTotal: false, CancellationToken.None);
        Assert.Empty(database.Log.NotWritten);
        return [.. page.Nodes.Select(t => t.Id)];
    }

    private List<int> Expected(Func<Ticket, bool> predicate) => [.. database.Data.Tickets.Where(predicate).OrderBy(t => t.Id).Take(50).Select(t => t.Id)];

    private static string Describe(Connection<Message> page)
        => string.Join(",", page.Edges.Select(e => $"{e.Node.Id}:{e.Cursor}")) + $"|{page.PageInfo.HasNextPage}|{page.TotalCount}";

    private sealed class Box
    {
        public int? Value { get; set; }
    }

    private sealed class TextBox
    {
        public string Value { get; set; } = string.Empty;
    }
}
