using System.Text.Json;
using KtPortal.GraphQL.Data.Tests.TestModel;

namespace KtPortal.GraphQL.Data.Tests.Filtering;

/// <summary>Inputs that are fine, and inputs that fail the field with VALIDATION_FAILED before any SQL is sent.</summary>
public sealed class FilterInputErrorTests(DeskDatabase database) : IClassFixture<DeskDatabase>
{
    private readonly DeskGraph _graph = new(database);

    [Fact]
    public async Task An_empty_filter_object_sets_no_condition()
    {
        Assert.Equal(10_000, (await _graph.TicketIdsAsync("where: {}")).Count);
        Assert.Equal(10_000, (await _graph.TicketIdsAsync("where: { title: {}, or: [], and: [] }")).Count);
    }

    [Fact]
    public async Task Two_operators_on_one_field_must_both_hold()
    {
        var ids = await _graph.TicketIdsAsync("where: { estimatedMinutes: { gte: 30, lte: 60 } }");

        Assert.Equal(database.Data.Tickets.Where(t => t.EstimatedMinutes is >= 30 and <= 60).Select(t => t.Id), ids);
    }

    [Fact]
    public async Task A_nullable_field_compares_with_null()
    {
        Assert.Equal(
            database.Data.Tickets.Where(t => t.EstimatedMinutes is null).Select(t => t.Id),
            await _graph.TicketIdsAsync("where: { estimatedMinutes: { eq: null } }"));
        Assert.Equal(
            database.Data.Tickets.Where(t => t.EstimatedMinutes is null or 15).Select(t => t.Id),
            await _graph.TicketIdsAsync("where: { estimatedMinutes: { in: [null, 15] } }"));
    }

    [Fact]
    public async Task More_than_a_thousand_in_values_fail_the_field()
    {
        var values = string.Join(", ", Enumerable.Range(1, 1_001));

        await AssertErrorAsync(
            $"{{ tickets(where: {{ id: {{ in: [{values}] }} }}) {{ id }} }}",
            "Invalid where.id.in: has 1001 values; at most 1000 are allowed.",
            "where.id.in");
    }

    [Fact]
    public async Task A_thousand_in_values_are_fine()
    {
        var values = string.Join(", ", Enumerable.Range(1, 1_000));

        Assert.Equal(1_000, (await _graph.TicketIdsAsync($"where: {{ id: {{ in: [{values}] }} }}")).Count);
    }

    [Fact]
    public async Task Filters_nested_deeper_than_sixteen_levels_fail_the_field()
    {
        static string Nested(int levels) => levels == 1 ? "{ id: { gt: 0 } }" : $"{{ and: [{Nested(levels - 1)}] }}";

        Assert.Equal(10_000, (await _graph.TicketIdsAsync($"where: {Nested(16)}")).Count);
        await AssertErrorAsync(
            $"{{ tickets(where: {Nested(17)}) {{ id }} }}",
            "Invalid where.and[0].and[0].and[0].and[0].and[0].and[0].and[0].and[0].and[0].and[0].and[0].and[0].and[0].and[0].and[0].and[0]: filters nest deeper than 16 levels.",
            "where.and[0].and[0].and[0].and[0].and[0].and[0].and[0].and[0].and[0].and[0].and[0].and[0].and[0].and[0].and[0].and[0]");
    }

    [Fact]
    public async Task Null_in_a_comparison_with_a_non_nullable_field_fails_the_field()
    {
        await AssertErrorAsync(
            """{ tickets(where: { title: { eq: null } }) { id } }""",
            "Invalid where.title.eq: cannot be null: the field is not nullable.",
            "where.title.eq");
        await AssertErrorAsync(
            """{ tickets(where: { requester: { id: { in: [21, null] } } }) { id } }""",
            "Invalid where.requester.id.in[1]: cannot be null: the field is not nullable.",
            "where.requester.id.in[1]");
        await AssertErrorAsync(
            """{ tickets(where: { estimatedMinutes: { gt: null } }) { id } }""",
            "Invalid where.estimatedMinutes.gt: cannot be null; only eq and neq compare with null.",
            "where.estimatedMinutes.gt");
        await AssertErrorAsync(
            """{ tickets(where: { title: { startsWithIgnoreCase: null } }) { id } }""",
            "Invalid where.title.startsWithIgnoreCase: cannot be null.",
            "where.title.startsWithIgnoreCase");
        await AssertErrorAsync(
            """{ tickets(where: { tags: { any: null } }) { id } }""",
            "Invalid where.tags.any: cannot be null.",
            "where.tags.any");
    }

    [Fact]
    public async Task String_operations_nested_in_and_or_count_against_the_depth_limit()
    {
        static string Nested(int levels) => levels == 0 ? "{ startsWith: \"L\" }" : $"{{ or: [{Nested(levels - 1)}] }}";

        // where is level 1; title's operations at 1 nest 15 more levels: 16.
        Assert.Equal(
            database.Data.Tickets.Where(t => t.Title.StartsWith('L')).Select(t => t.Id),
            await _graph.TicketIdsAsync($"where: {{ title: {Nested(15)} }}"));
        await AssertErrorAsync(
            $"{{ tickets(where: {{ title: {Nested(16)} }}) {{ id }} }}",
            "Invalid where.title.or[0].or[0].or[0].or[0].or[0].or[0].or[0].or[0].or[0].or[0].or[0].or[0].or[0].or[0].or[0].or: filters nest deeper than 16 levels.",
            "where.title.or[0].or[0].or[0].or[0].or[0].or[0].or[0].or[0].or[0].or[0].or[0].or[0].or[0].or[0].or[0].or");
    }

    [Fact]
    public async Task A_sort_element_setting_two_fields_fails_the_field()
    {
        await AssertErrorAsync(
            """{ tickets(order: [{ createdAt: DESC }, { title: ASC, id: DESC }]) { id } }""",
            "Invalid order[1]: each sort object sets one field, this one sets 2 (id, title); list them as separate elements, in order.",
            "order[1]");
        await AssertErrorAsync(
            """{ tickets(order: [{ requester: { displayName: ASC, id: ASC } }]) { id } }""",
            "Invalid order[0].requester: each sort object sets one field, this one sets 2 (id, displayName); list them as separate elements, in order.",
            "order[0].requester");
    }

    [Fact]
    public async Task The_error_is_a_field_error_with_its_path_locations_and_code()
    {
        database.Statements.Reset();

        var json = await _graph.RunAsync("""{ tickets(where: { title: { eq: null } }) { id } }""");

        Assert.Equal(
            """{"errors":[{"message":"Invalid where.title.eq: cannot be null: the field is not nullable.","locations":[{"line":1,"column":3}],"path":["tickets"],"extensions":{"code":"VALIDATION_FAILED","input":"where.title.eq"}}],"data":null}""",
            json);
        Assert.Equal(0, database.Statements.Count);
    }

    private async Task AssertErrorAsync(string query, string message, string input)
    {
        database.Statements.Reset();

        using var document = JsonDocument.Parse(await _graph.RunAsync(query));

        var error = Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal("VALIDATION_FAILED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(input, error.GetProperty("extensions").GetProperty("input").GetString());
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("data").ValueKind);
        Assert.Equal(0, database.Statements.Count);
    }
}
