using System.Linq.Expressions;
using KtPortal.GraphQL.Data.Paging;
using KtPortal.GraphQL.Data.Tests.TestModel;

namespace KtPortal.GraphQL.Data.Tests.Paging;

public sealed class GroupedPagesTests(DeskDatabase database) : IClassFixture<DeskDatabase>
{
    private static readonly PagingOptions Options = new();

    [Fact]
    public async Task The_first_three_messages_of_100_tickets_are_one_statement_with_correct_pages()
    {
        await using var db = database.CreateContext();
        var ticketIds = Enumerable.Range(501, 100).ToArray();
        var query = new DataQuery<Message>(db.Messages)
            .OrderBy([new SortKey((Expression<Func<Message, DateTimeOffset>>)(m => m.CreatedAt), Descending: true)]);
        database.Statements.Reset();

        var pages = await GroupedPages.LoadAsync(query, m => m.TicketId, ticketIds, new PagingArguments(First: 3), Options, CancellationToken.None);

        var statement = Assert.Single(database.Statements.Statements);
        Assert.Equal(
            """
            SELECT m3.id, m3.author_id, m3.body, m3.created_at, m3.is_internal, m3.ticket_id
            FROM (
                SELECT DISTINCT m.ticket_id
                FROM messages AS m
                WHERE m.ticket_id = ANY (@Value)
            ) AS m2
            INNER JOIN (
                SELECT m1.id, m1.author_id, m1.body, m1.created_at, m1.is_internal, m1.ticket_id
                FROM (
                    SELECT m0.id, m0.author_id, m0.body, m0.created_at, m0.is_internal, m0.ticket_id, ROW_NUMBER() OVER(PARTITION BY m0.ticket_id ORDER BY m0.created_at DESC, m0.id) AS row
                    FROM messages AS m0
                    WHERE m0.ticket_id = ANY (@Value)
                ) AS m1
                WHERE m1.row <= 4
            ) AS m3 ON m2.ticket_id = m3.ticket_id
            ORDER BY m3.ticket_id, m3.created_at DESC, m3.id
            """,
            statement.ReplaceLineEndings("\n"));
        Assert.Equal(ticketIds.Length, pages.Count);
        foreach (var id in ticketIds)
        {
            var all = database.Data.Messages.Where(m => m.TicketId == id)
                .OrderByDescending(m => m.CreatedAt.UtcTicks).ThenBy(m => m.Id).Select(m => m.Id).ToList();
            var page = pages[id];
            Assert.Equal(all.Take(3), page.Nodes.Select(m => m.Id));
            Assert.Equal(all.Count > 3, page.PageInfo.HasNextPage);
            Assert.False(page.PageInfo.HasPreviousPage);
        }
    }

    [Fact]
    public async Task Grouped_pages_continue_after_a_cursor_and_page_backwards()
    {
        await using var db = database.CreateContext();
        int[] ticketIds = [.. database.Data.Messages.GroupBy(m => m.TicketId).Where(g => g.Count() >= 5).Take(20).Select(g => g.Key)];
        var query = new DataQuery<Message>(db.Messages);

        var first = await GroupedPages.LoadAsync(query, m => m.TicketId, ticketIds, new PagingArguments(First: 2), Options, CancellationToken.None);
        foreach (var id in ticketIds)
        {
            var all = database.Data.Messages.Where(m => m.TicketId == id).Select(m => m.Id).Order().ToList();
            var after = await GroupedPages.LoadAsync(
                query, m => m.TicketId, [id], new PagingArguments(First: 2, After: first[id].PageInfo.EndCursor), Options, CancellationToken.None);
            Assert.Equal(all.Skip(2).Take(2), after[id].Nodes.Select(m => m.Id));
            Assert.True(after[id].PageInfo.HasPreviousPage);

            var last = await GroupedPages.LoadAsync(query, m => m.TicketId, [id], new PagingArguments(Last: 2), Options, CancellationToken.None);
            Assert.Equal(all.TakeLast(2), last[id].Nodes.Select(m => m.Id));
            Assert.True(last[id].PageInfo.HasPreviousPage);
        }
    }
}
