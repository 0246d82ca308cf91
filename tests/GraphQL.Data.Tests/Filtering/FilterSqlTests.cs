using KtPortal.GraphQL.Data.Tests.TestModel;

namespace KtPortal.GraphQL.Data.Tests.Filtering;

/// <summary>The SQL filters and sorts become: one statement, every condition in it (nothing evaluated on the client).</summary>
public sealed class FilterSqlTests(DeskDatabase database) : IClassFixture<DeskDatabase>
{
    private readonly DeskGraph _graph = new(database);

    [Fact]
    public async Task A_filter_with_and_or_a_navigation_case_insensitive_startsWith_in_and_list_some_runs_in_one_statement()
    {
        database.Statements.Reset();

        var ids = await _graph.TicketIdsAsync("""
            where: {
              or: [
                { title: { startsWithIgnoreCase: "LOGIN" } },
                { and: [{ status: { in: [OPEN, IN_PROGRESS] } }, { tags: { some: { eq: "vip" } } }] }
              ],
              requester: { displayName: { containsIgnoreCase: "slow" } },
              messages: { some: { isInternal: { eq: true } } }
            }
            """);

        AssertSql("""
            SELECT t.id, t.created_at, t.description, t.estimated_minutes, t.is_billable, t.number, t.organization_id, t.priority, t.requester_id, t.resolved_at, t.status, t.tags, t.title
            FROM tickets AS t
            INNER JOIN users AS u ON t.requester_id = u.id
            WHERE (lower(t.title) LIKE @Value_startswith OR (t.status = ANY (@Value1) AND @Value2 = ANY (t.tags))) AND lower(u.display_name) LIKE @Value3_contains AND EXISTS (
                SELECT 1
                FROM messages AS m
                WHERE t.id = m.ticket_id AND m.is_internal = @Value4)
            ORDER BY t.id
            """);
        var data = database.Data;
        var expected = data.Tickets
            .Where(t => t.Title.StartsWith("login", StringComparison.OrdinalIgnoreCase)
                || (t.Status is TicketStatus.Open or TicketStatus.InProgress && t.Tags.Contains("vip")))
            .Where(t => data.Users[t.RequesterId - 1].DisplayName.Contains("slow", StringComparison.OrdinalIgnoreCase))
            .Where(t => data.Messages.Any(m => m.TicketId == t.Id && m.IsInternal))
            .Select(t => t.Id);
        Assert.Equal(expected, ids);
        Assert.NotEmpty(ids);
    }

    [Fact]
    public async Task A_sort_by_a_navigation_member_joins_and_ends_with_the_key()
    {
        database.Statements.Reset();

        var ids = await _graph.TicketIdsAsync("""where: { number: { lte: 1100 } }, order: [{ requester: { displayName: DESC } }, { createdAt: ASC }]""");

        AssertSql("""
            SELECT t.id, t.created_at, t.description, t.estimated_minutes, t.is_billable, t.number, t.organization_id, t.priority, t.requester_id, t.resolved_at, t.status, t.tags, t.title
            FROM tickets AS t
            INNER JOIN users AS u ON t.requester_id = u.id
            WHERE t.number <= @Value
            ORDER BY u.display_name DESC, t.created_at, t.id
            """);
        var data = database.Data;
        var expected = data.Tickets.Where(t => t.Number <= 1100)
            .OrderByDescending(t => data.Users[t.RequesterId - 1].DisplayName, StringComparer.Ordinal)
            .ThenBy(t => t.CreatedAt)
            .ThenBy(t => t.Id)
            .Select(t => t.Id);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task An_enum_sorts_in_declared_order_although_it_is_stored_as_text_on_both_paths()
    {
        // Stored as names, priorities would sort HIGH, LOW, MEDIUM, URGENT; the rank orders URGENT, HIGH, MEDIUM, LOW.
        var data = database.Data;
        var expected = data.Tickets.Where(t => t.Number <= 1200)
            .OrderByDescending(t => (int)t.Priority)
            .ThenBy(t => t.Id)
            .Select(t => t.Id)
            .ToList();
        Assert.NotEqual(expected, data.Tickets.Where(t => t.Number <= 1200)
            .OrderByDescending(t => t.Priority.ToString(), StringComparer.Ordinal).ThenBy(t => t.Id).Select(t => t.Id));

        database.Statements.Reset();
        Assert.Equal(expected, await _graph.TicketIdsAsync("""where: { number: { lte: 1200 } }, order: [{ priority: DESC }]"""));
        AssertSql("""
            SELECT t.id, t.created_at, t.description, t.estimated_minutes, t.is_billable, t.number, t.organization_id, t.priority, t.requester_id, t.resolved_at, t.status, t.tags, t.title
            FROM tickets AS t
            WHERE t.number <= @Value
            ORDER BY CASE
                WHEN t.priority = 'Low' THEN 0
                WHEN t.priority = 'Medium' THEN 1
                WHEN t.priority = 'High' THEN 2
                WHEN t.priority = 'Urgent' THEN 3
                ELSE 4
            END DESC, t.id
            """);

        // Written by the data layer: the same order, the same CASE with the stored names as literals.
        database.Statements.Reset();
        Assert.Equal(expected, await _graph.TicketIdsAsync("projectedTickets", """where: { number: { lte: 1200 } }, order: [{ priority: DESC }]"""));
        var written = Assert.Single(database.Statements.Statements);
        Assert.Contains(
            "ORDER BY CASE WHEN t.priority = 'Low' THEN 0 WHEN t.priority = 'Medium' THEN 1 WHEN t.priority = 'High' THEN 2 WHEN t.priority = 'Urgent' THEN 3 ELSE 4 END DESC, t.id",
            written,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task LIKE_wildcards_and_the_escape_character_in_values_match_themselves()
    {
        await using (var context = database.CreateContext())
        {
            // Its own row, with a title no generated ticket can match; the other tests here do not read titles with '%'.
            context.Tickets.Add(new Ticket { Number = 99_001, OrganizationId = 2, RequesterId = 21, Title = @"Disk 100%_full \ now", Description = "x", CreatedAt = DeskData.Epoch });
            await context.SaveChangesAsync();
        }

        var id = Assert.Single(await _graph.TicketIdsAsync("where: { number: { eq: 99001 } }"));
        Assert.Equal([id], await _graph.TicketIdsAsync("""where: { title: { contains: "100%_full \\" } }"""));
        Assert.Equal([id], await _graph.TicketIdsAsync("""where: { title: { startsWithIgnoreCase: "DISK 100%_" } }"""));
        Assert.Equal([id], await _graph.TicketIdsAsync("""where: { title: { endsWith: "\\ now" } }"""));
        Assert.Equal([id], await _graph.TicketIdsAsync("""where: { title: { containsIgnoreCase: "%" } }"""));
        Assert.Equal([id], await _graph.TicketIdsAsync("""where: { title: { eqIgnoreCase: "disk 100%_FULL \\ NOW" } }"""));
        Assert.Empty(await _graph.TicketIdsAsync("""where: { title: { startsWith: "_" } }"""));
        Assert.Empty(await _graph.TicketIdsAsync("""where: { title: { startsWithIgnoreCase: "%" } }"""));
        Assert.Empty(await _graph.TicketIdsAsync("""where: { title: { endsWithIgnoreCase: "_" } }"""));
        Assert.Empty(await _graph.TicketIdsAsync("""where: { title: { contains: "\\%" } }"""));
        // Every generated description ends with "time_", none with "tim_" or "time%".
        Assert.Equal(10_000, (await _graph.TicketIdsAsync("""where: { description: { endsWith: "time_" } }""")).Count);
        Assert.Empty(await _graph.TicketIdsAsync("""where: { description: { endsWith: "tim_" } }"""));
        Assert.Empty(await _graph.TicketIdsAsync("""where: { description: { endsWithIgnoreCase: "TIME%" } }"""));
    }

    // As efcore.pg's AssertSql: the whole statement, printed in full when it differs.
    private void AssertSql(string expected)
    {
        var actual = Assert.Single(database.Statements.Statements).ReplaceLineEndings("\n");
        Assert.True(expected == actual, $"The SQL differs. Actual:\n{actual}");
    }
}
