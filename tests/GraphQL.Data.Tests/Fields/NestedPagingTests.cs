using System.Text.Json;
using KtPortal.GraphQL.CostAnalysis;
using KtPortal.GraphQL.Data.Tests.TestModel;
using KtPortal.GraphQL.Execution;

namespace KtPortal.GraphQL.Data.Tests.Fields;

public sealed class NestedPagingTests(DeskDatabase database) : IClassFixture<DeskDatabase>
{
    private readonly DeskSchema _desk = new(database);

    [Fact]
    public async Task A_paged_child_list_gives_each_parent_its_own_page_and_counts_when_asked()
    {
        database.Statements.Reset();

        var json = await _desk.RunAsync("{ tickets(first: 5) { nodes { id thread(first: 2) { nodes { body } pageInfo { hasNextPage } totalCount } } } }");

        using var document = JsonDocument.Parse(json);
        var tickets = document.RootElement.GetProperty("data").GetProperty("tickets").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(5, tickets.Count);
        foreach (var ticket in tickets)
        {
            var id = ticket.GetProperty("id").GetInt32();
            var messages = database.Data.Messages.Where(m => m.TicketId == id).OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id).ToList();
            var thread = ticket.GetProperty("thread");
            Assert.Equal(messages.Take(2).Select(m => m.Body), thread.GetProperty("nodes").EnumerateArray().Select(m => m.GetProperty("body").GetString()));
            Assert.Equal(messages.Count > 2, thread.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
            Assert.Equal(messages.Count, thread.GetProperty("totalCount").GetInt32());
        }

        // The page of tickets, the pages of messages of all five tickets, and their counts grouped by ticket.
        Assert.Equal(3, database.Statements.Count);
        var grouped = Assert.Single(database.Statements.Statements, s => s.Contains("CROSS JOIN LATERAL", StringComparison.Ordinal));
        Assert.Contains("WHERE m.ticket_id = k.value\n    ORDER BY m.created_at DESC, m.id\n    LIMIT 3\n", grouped.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("m.body", grouped, StringComparison.Ordinal);
        Assert.DoesNotContain("author_id", grouped, StringComparison.Ordinal);
        var count = Assert.Single(database.Statements.Statements, s => s.Contains("count(*)", StringComparison.Ordinal));
        Assert.Contains("GROUP BY m.ticket_id", count, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_child_pages_of_two_lists_on_one_level_load_in_one_statement()
    {
        database.Statements.Reset();

        // Each list resolves its items' pages at once; the two lists' pages still share one grouped statement.
        var json = await _desk.RunAsync("""
            {
              newest: tickets(first: 3) { nodes { id thread(first: 2) { nodes { body } } } }
              urgent: ticketsByPriority(first: 3) { nodes { id thread(first: 2) { nodes { body } } } }
            }
            """);

        using var document = JsonDocument.Parse(json);
        var data = document.RootElement.GetProperty("data");
        var tickets = data.GetProperty("newest").GetProperty("nodes").EnumerateArray().Concat(data.GetProperty("urgent").GetProperty("nodes").EnumerateArray()).ToList();
        Assert.Equal(6, tickets.Count);
        foreach (var ticket in tickets)
        {
            var id = ticket.GetProperty("id").GetInt32();
            var expected = database.Data.Messages.Where(m => m.TicketId == id).OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id).Take(2).Select(m => m.Body);
            Assert.Equal(expected, ticket.GetProperty("thread").GetProperty("nodes").EnumerateArray().Select(m => m.GetProperty("body").GetString()));
        }

        // The two pages of tickets, and one statement for the messages of both.
        Assert.Equal(3, database.Statements.Count);
        Assert.Single(database.Statements.Statements, s => s.Contains("CROSS JOIN LATERAL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_child_query_that_reads_more_of_its_parent_than_the_key_is_never_batched_with_another_parents()
    {
        database.Statements.Reset();

        var json = await _desk.RunAsync("{ tickets(first: 4) { nodes { id requesterThread(first: 5) { nodes { id } } } } }");

        using var document = JsonDocument.Parse(json);
        foreach (var ticket in document.RootElement.GetProperty("data").GetProperty("tickets").GetProperty("nodes").EnumerateArray())
        {
            var id = ticket.GetProperty("id").GetInt32();
            var requester = database.Data.Tickets[id - 1].RequesterId;
            var expected = database.Data.Messages.Where(m => m.TicketId == id && m.AuthorId == requester).Select(m => m.Id).Order().Take(5);
            Assert.Equal(expected, ticket.GetProperty("requesterThread").GetProperty("nodes").EnumerateArray().Select(m => m.GetProperty("id").GetInt32()));
        }

        // Each ticket's query captured its own requester: one statement for the tickets, then one per ticket.
        Assert.Equal(1 + 4, database.Statements.Count);
    }

    [Fact]
    public async Task Root_paged_fields_running_concurrently_on_the_request_scoped_context_take_turns()
    {
        var json = await _desk.RunAsync(
            "{ a: tickets(first: 3) { nodes { id thread(first: 1) { nodes { body } } } } b: ticketsByPriority(first: 3) { nodes { id } totalCount } c: tickets(first: 2, after: null) { nodes { title } } }");

        Assert.DoesNotContain("errors", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_computed_field_gets_the_members_it_requires_projected()
    {
        database.Statements.Reset();

        var json = await _desk.RunAsync("{ tickets(first: 1) { nodes { ageInDays } } }");

        var newest = database.Data.Tickets.OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id).First();
        var age = (int)(DeskData.Epoch.AddDays(30) - newest.CreatedAt).TotalDays;
        Assert.Equal("{\"data\":{\"tickets\":{\"nodes\":[{\"ageInDays\":" + age + "}]}}}", json);
        Assert.StartsWith("SELECT t.created_at, t.id\n", database.Statements.Statements[0].ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_of_100_tickets_with_a_nested_page_of_3_messages_fits_the_default_field_cost_limit()
    {
        var executor = new RequestExecutor(DeskSchema.Schema);
        await using var result = await executor.ExecuteAsync(new OperationRequest
        {
            Query = "{ tickets(first: 100) { nodes { title requester { displayName } thread(first: 3) { nodes { body } } } } }",
            CostReport = CostReportMode.Validate,
        });

        // thread: 5 + nodes (1 + 3 × 0) = 6; a ticket: requester 1 + thread 6 = 7; tickets: 5 + nodes (1 + 100 × 7).
        var cost = JsonDocument.Parse(Assert.IsType<OperationResult>(result).ToJson()).RootElement.GetProperty("extensions").GetProperty("operationCost");
        Assert.Equal(706, cost.GetProperty("fieldCost").GetDouble());
        Assert.True(cost.GetProperty("fieldCost").GetDouble() <= new RequestExecutorOptions().MaxFieldCost);
    }
}
