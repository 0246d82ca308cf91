using System.Text.Json;
using KtPortal.GraphQL.Data.Tests.TestModel;

namespace KtPortal.GraphQL.Data.Tests.Fields;

/// <summary>The SQL that paged and projected GraphQL requests send to PostgreSQL.</summary>
public sealed class DeskSqlTests(DeskDatabase database) : IClassFixture<DeskDatabase>
{
    private readonly DeskSchema _desk = new(database);

    [Fact]
    public async Task A_page_of_tickets_with_the_requester_name_is_one_statement_of_the_selected_columns_and_one_join()
    {
        database.Statements.Reset();

        var json = await _desk.RunAsync("{ tickets(first: 3) { nodes { title requester { displayName } } } }");

        var expected = database.Data.Tickets.OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id).Take(3)
            .Select(t => new { title = t.Title, requester = new { displayName = database.Data.Users[t.RequesterId - 1].DisplayName } });
        Assert.Equal(JsonSerializer.Serialize(new { data = new { tickets = new { nodes = expected } } }), json);
        var statement = Assert.Single(database.Statements.Statements);
        Assert.Equal(
            """
            SELECT t.title, u.id, u.display_name, t.created_at, t.id
            FROM tickets AS t
            INNER JOIN users AS u ON t.requester_id = u.id
            ORDER BY t.created_at DESC, t.id
            LIMIT 4
            """,
            statement.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task After_a_cursor_of_a_two_key_order_with_DESC_and_NULLs_the_keyset_predicate_expands_per_key()
    {
        var first = await _desk.RunAsync("{ ticketsByPriority(first: 2) { pageInfo { endCursor } } }");
        var cursor = JsonDocument.Parse(first).RootElement.GetProperty("data").GetProperty("ticketsByPriority").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        database.Statements.Reset();

        var json = await _desk.RunAsync($$"""{ ticketsByPriority(first: 2, after: "{{cursor}}") { nodes { id } } }""");

        var expected = database.Data.Tickets
            .OrderByDescending(t => t.Priority.ToString(), StringComparer.Ordinal)
            .ThenBy(t => t.EstimatedMinutes is null)
            .ThenBy(t => t.EstimatedMinutes)
            .ThenBy(t => t.Id)
            .Skip(2).Take(2).Select(t => new { id = t.Id });
        Assert.Equal(JsonSerializer.Serialize(new { data = new { ticketsByPriority = new { nodes = expected } } }), json);
        var statement = Assert.Single(database.Statements.Statements);
        Assert.Equal(
            """
            SELECT t.id, t.priority, t.estimated_minutes
            FROM tickets AS t
            WHERE (t.priority < @p0 OR (t.priority = @p1 AND (((t.estimated_minutes > @p2 AND t.estimated_minutes IS NOT NULL) OR t.estimated_minutes IS NULL) OR ((t.estimated_minutes = @p3 AND t.estimated_minutes IS NOT NULL) AND t.id > @p4))))
            ORDER BY t.priority DESC, (t.estimated_minutes IS NULL), t.estimated_minutes, t.id
            LIMIT 3
            """,
            statement.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("{ tickets(first: 2) { nodes { id } } }", false)]
    [InlineData("{ tickets(first: 2) { nodes { id } totalCount } }", true)]
    [InlineData("{ tickets(first: 2) { ...counted } } fragment counted on TicketConnection { totalCount }", true)]
    [InlineData("{ tickets(first: 2) { ... on TicketConnection { count: totalCount } } }", true)]
    [InlineData("{ tickets(first: 2) { nodes { id } totalCount @include(if: false) } }", false)]
    [InlineData("{ tickets(first: 2) { nodes { id } totalCount @skip(if: true) } }", false)]
    public async Task TotalCount_costs_a_COUNT_statement_only_when_selected(string query, bool counts)
    {
        database.Statements.Reset();

        var json = await _desk.RunAsync(query);

        Assert.DoesNotContain("errors", json, StringComparison.Ordinal);
        Assert.Equal(counts ? 2 : 1, database.Statements.Count);
        Assert.Equal(counts, database.Statements.Statements.Any(s => s.Contains("SELECT count(*)", StringComparison.Ordinal)));
        if (counts)
        {
            Assert.Contains("10000", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unpaged_list_projects_a_child_collection_in_the_same_statement()
    {
        database.Statements.Reset();

        var json = await _desk.RunAsync("{ firstTickets { title messages { body } } }");

        var expected = database.Data.Tickets.Take(3).Select(t => new
        {
            title = t.Title,
            messages = database.Data.Messages.Where(m => m.TicketId == t.Id).Select(m => new { body = m.Body }),
        });
        using var document = JsonDocument.Parse(json);
        var tickets = document.RootElement.GetProperty("data").GetProperty("firstTickets");
        Assert.Equal(expected.Select(t => t.title), tickets.EnumerateArray().Select(t => t.GetProperty("title").GetString()));
        Assert.Equal(
            expected.Select(t => string.Join('|', t.messages.Select(m => m.body).Order(StringComparer.Ordinal))),
            tickets.EnumerateArray().Select(t => string.Join('|', t.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("body").GetString()).Order(StringComparer.Ordinal))));
        var statement = Assert.Single(database.Statements.Statements);
        Assert.Equal(
            """
            SELECT t.title, t.id, m.body, m.id
            FROM tickets AS t
            LEFT JOIN messages AS m ON t.id = m.ticket_id
            WHERE t.id <= 3
            ORDER BY t.id
            """,
            statement.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Aliases_fragments_and_skip_with_variables_decide_the_projected_columns()
    {
        database.Statements.Reset();

        var json = await _desk.RunAsync(
            """
            query($noTitle: Boolean!) {
              tickets(first: 1) {
                edges { node { heading: title @skip(if: $noTitle) ...numbers } }
              }
            }
            fragment numbers on Ticket { number ... on Ticket { status } }
            """,
            new Dictionary<string, object?> { ["noTitle"] = true });

        Assert.DoesNotContain("errors", json, StringComparison.Ordinal);
        var statement = Assert.Single(database.Statements.Statements);
        Assert.Equal(
            """
            SELECT t.number, t.status, t.created_at, t.id
            FROM tickets AS t
            ORDER BY t.created_at DESC, t.id
            LIMIT 2
            """,
            statement.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("\"2026-01-05T02:00:00+02:00\"", 42, null)]
    [InlineData("\"yesterday\"", 42, "The cursor given as \"after\" is not valid: it is not a cursor of this field.")]
    [InlineData("\"2026-01-05T00:00:00Z\"", "\"42\"", "The cursor given as \"after\" is not valid: it is not a cursor of this field.")]
    [InlineData("null", 42, "The cursor given as \"after\" is not valid: it is not a cursor of this field.")]
    public async Task An_edited_cursor_is_a_position_or_a_VALIDATION_FAILED_error_never_INTERNAL(string createdAt, object id, string? message)
    {
        var first = await _desk.RunAsync("{ tickets(first: 1) { pageInfo { endCursor } } }");
        var cursor = JsonDocument.Parse(first).RootElement.GetProperty("data").GetProperty("tickets").GetProperty("pageInfo").GetProperty("endCursor").GetString()!;
        var fingerprint = JsonDocument.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(cursor)).RootElement[0].GetString();
        var edited = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes($"[\"{fingerprint}\",{createdAt},{id}]"));

        var json = await _desk.RunAsync($$"""{ tickets(first: 1, after: "{{edited}}") { nodes { id } } }""");

        using var document = JsonDocument.Parse(json);
        if (message is null)
        {
            Assert.False(document.RootElement.TryGetProperty("errors", out _), json);
            return;
        }

        var error = Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal("VALIDATION_FAILED", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
