using System.Text.Json.Nodes;
using KtPortal.GraphQL.Data.Tests.TestModel;

namespace KtPortal.GraphQL.Data.Tests.Fields;

/// <summary>
/// The representative query of the data-fetching issue, end to end through the executor: 100 tickets filtered by
/// status and sorted, each with its requester and its 3 latest messages, paged at both levels.
/// </summary>
public sealed class RepresentativeQueryTests(DeskDatabase database) : IClassFixture<DeskDatabase>, IAsyncLifetime
{
    private static readonly TicketStatus[] Statuses = [TicketStatus.Open, TicketStatus.InProgress, TicketStatus.WaitingOnClient];

    private readonly DeskApi _api = new(database.CreateContext, DeskSchema.StatementCountingOptions());

    private static Dictionary<string, object?> Variables => new() { ["statuses"] = new List<object?> { "OPEN", "IN_PROGRESS", "WAITING_ON_CLIENT" } };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task The_representative_query_is_one_statement_per_level_of_the_selected_columns_and_equals_the_oracle()
    {
        database.Statements.Reset();

        var json = await _api.RunAsync(Query(), Variables);

        var tickets = Tickets(json);
        var endCursor = RemoveEndCursor(tickets);
        Assert.NotNull(endCursor);
        AssertEqual(RepresentativeOracle.Tickets(database.Data, Statuses.ToHashSet(), 100, 0, 3, false, false, false), tickets);
        Assert.Equal(2, database.Statements.Count);
        Assert.Equal(
            """
            SELECT t.number, t.title, u.id, u.display_name, t.created_at, t.id
            FROM tickets AS t
            INNER JOIN users AS u ON t.requester_id = u.id
            WHERE t.status = ANY (@p0)
            ORDER BY t.created_at DESC, t.id
            LIMIT 101
            """,
            database.Statements.Statements[0].ReplaceLineEndings("\n"));
        Assert.Equal(
            """
            SELECT s.c0, s.c1, s.c2, s.c3
            FROM unnest(@p0) WITH ORDINALITY AS k(value, ordinal)
            CROSS JOIN LATERAL (
                SELECT m.body AS c0, m.created_at AS c1, m.id AS c2, m.ticket_id AS c3
                FROM messages AS m
                WHERE m.ticket_id = k.value
                ORDER BY m.created_at DESC, m.id
                LIMIT 4
            ) AS s
            ORDER BY k.ordinal, s.c1 DESC, s.c2
            """,
            database.Statements.Statements[1].ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData(true, false, 3)]
    [InlineData(false, true, 3)]
    [InlineData(true, true, 4)]
    public async Task TotalCount_adds_one_COUNT_per_level_that_selects_it(bool ticketTotal, bool messageTotal, int statements)
    {
        // The static cost of 100 nested totalCount fields (weight 10 each) is over the default limit of 1,000,
        // though they cost one grouped COUNT here: this test raises the limit.
        await using var api = new DeskApi(database.CreateContext, DeskSchema.StatementCountingOptions(maxFieldCost: 5_000));
        database.Statements.Reset();

        var json = await api.RunAsync(Query(ticketTotal: ticketTotal, messageTotal: messageTotal), Variables);

        var tickets = Tickets(json);
        RemoveEndCursor(tickets);
        AssertEqual(RepresentativeOracle.Tickets(database.Data, Statuses.ToHashSet(), 100, 0, 3, ticketTotal, messageTotal, false), tickets);
        Assert.Equal(statements, database.Statements.Count);
        var counts = database.Statements.Statements.Where(s => s.Contains("count(*)", StringComparison.Ordinal)).ToList();
        Assert.Equal(statements - 2, counts.Count);
        Assert.Equal(messageTotal, counts.Any(s => s.Contains("GROUP BY m.ticket_id", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_filter_on_the_child_list_is_applied_in_its_one_statement()
    {
        database.Statements.Reset();

        var json = await _api.RunAsync(Query(messageWhere: "where: { isInternal: { eq: false } }"), Variables);

        var tickets = Tickets(json);
        RemoveEndCursor(tickets);
        AssertEqual(RepresentativeOracle.Tickets(database.Data, Statuses.ToHashSet(), 100, 0, 3, false, false, publicMessagesOnly: true), tickets);
        Assert.Equal(2, database.Statements.Count);
        Assert.Contains("WHERE m.is_internal = @p0 AND m.ticket_id = k.value\n", database.Statements.Statements[1].ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_second_page_of_tickets_after_the_first_pages_end_cursor_equals_the_oracle_in_two_statements()
    {
        var first = Tickets(await _api.RunAsync(Query(), Variables));
        var cursor = RemoveEndCursor(first);
        database.Statements.Reset();

        var json = await _api.RunAsync(Query(ticketArguments: $", after: \"{cursor}\""), Variables);

        var tickets = Tickets(json);
        RemoveEndCursor(tickets);
        AssertEqual(RepresentativeOracle.Tickets(database.Data, Statuses.ToHashSet(), 100, 100, 3, false, false, false), tickets);
        Assert.Equal(2, database.Statements.Count);
    }

    [Fact]
    public async Task Nested_pages_batch_on_an_executor_without_any_DataLoader_registration()
    {
        // DeskApi's executor has no services and no options: the paged fields alone turn DataLoader counting on.
        database.Statements.Reset();

        var json = await _api.RunAsync("{ tickets(first: 20) { nodes { messages(first: 2) { nodes { body } } } } }");

        Assert.DoesNotContain("errors", json, StringComparison.Ordinal);
        Assert.Equal(2, database.Statements.Count);
    }

    [Fact]
    public async Task Children_with_different_arguments_load_in_separate_batches_each_with_its_own_answer()
    {
        database.Statements.Reset();

        var json = await _api.RunAsync(
            """
            {
              tickets(first: 10, order: [{ createdAt: DESC }]) {
                nodes {
                  number
                  latest: messages(first: 1, order: [{ createdAt: DESC }]) { nodes { body } }
                  oldest: messages(first: 1, order: [{ createdAt: ASC }]) { nodes { body } }
                  public: messages(first: 2, where: { isInternal: { eq: false } }) { nodes { body } }
                }
              }
            }
            """);

        var nodes = JsonNode.Parse(json)!["data"]!["tickets"]!["nodes"]!.AsArray();
        foreach (var ticket in nodes)
        {
            var id = ticket!["number"]!.GetValue<int>() - 1000;
            var thread = database.Data.Messages.Where(m => m.TicketId == id).ToList();
            var latest = thread.OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id).Take(1).Select(m => m.Body);
            var oldest = thread.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Take(1).Select(m => m.Body);
            var visible = thread.Where(m => !m.IsInternal).OrderBy(m => m.Id).Take(2).Select(m => m.Body);
            Assert.Equal(latest, ticket["latest"]!["nodes"]!.AsArray().Select(n => n!["body"]!.GetValue<string>()));
            Assert.Equal(oldest, ticket["oldest"]!["nodes"]!.AsArray().Select(n => n!["body"]!.GetValue<string>()));
            Assert.Equal(visible, ticket["public"]!["nodes"]!.AsArray().Select(n => n!["body"]!.GetValue<string>()));
        }

        // The tickets, then one statement per distinct child field: three loaders, three batches.
        Assert.Equal(4, database.Statements.Count);
    }

    [Fact]
    public async Task A_reference_loaded_through_a_batch_DataLoader_is_one_more_statement_for_its_whole_level()
    {
        database.Statements.Reset();

        var json = await _api.RunAsync(
            "{ tickets(first: 30) { nodes { number messages(first: 3) { nodes { id writer { displayName } } } } } }");

        var users = database.Data.Users.ToDictionary(u => u.Id);
        var messages = database.Data.Messages.ToDictionary(m => m.Id);
        var nodes = JsonNode.Parse(json)!["data"]!["tickets"]!["nodes"]!.AsArray();
        var written = nodes.SelectMany(t => t!["messages"]!["nodes"]!.AsArray()).ToList();
        Assert.NotEmpty(written);
        Assert.All(written, m => Assert.Equal(
            users[messages[m!["id"]!.GetValue<int>()].AuthorId].DisplayName,
            m!["writer"]!["displayName"]!.GetValue<string>()));

        // Tickets, their messages (with the author key, required by writer), and the writers of all messages.
        Assert.Equal(3, database.Statements.Count);
        Assert.Contains("m.author_id", database.Statements.Statements[1], StringComparison.Ordinal);
        Assert.Contains("FROM users AS u\nWHERE u.id = ANY (@", database.Statements.Statements[2].ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    private static string Query(string ticketArguments = "", string messageWhere = "", bool ticketTotal = false, bool messageTotal = false)
        => $$"""
            query($statuses: [TicketStatus!]) {
              tickets(first: 100, where: { status: { in: $statuses } }, order: [{ createdAt: DESC }]{{ticketArguments}}) {
                nodes {
                  number title requester { displayName }
                  messages(first: 3, order: [{ createdAt: DESC }] {{messageWhere}}) { nodes { body createdAt } pageInfo { hasNextPage } {{(messageTotal ? "totalCount" : "")}} }
                }
                pageInfo { hasNextPage endCursor }
                {{(ticketTotal ? "totalCount" : "")}}
              }
            }
            """;

    private static JsonObject Tickets(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        Assert.False(root.ContainsKey("errors"), json);
        return root["data"]!["tickets"]!.AsObject();
    }

    // The cursor is opaque: the tests use it for the next page instead of comparing its text.
    private static string? RemoveEndCursor(JsonObject tickets)
    {
        var pageInfo = tickets["pageInfo"]!.AsObject();
        var cursor = pageInfo["endCursor"]?.GetValue<string>();
        pageInfo.Remove("endCursor");
        return cursor;
    }

    private static void AssertEqual(JsonNode expected, JsonNode actual)
    {
        if (!JsonNode.DeepEquals(expected, actual))
        {
            Assert.Equal(expected.ToJsonString(), actual.ToJsonString());
        }
    }
}
