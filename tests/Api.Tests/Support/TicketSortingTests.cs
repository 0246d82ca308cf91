namespace KtPortal.Api.Tests.Support;

/// <summary>Tickets sorted by an enum through the API: in the order the schema lists the values, page by page.</summary>
public sealed class TicketSortingTests(DeskFixture fixture) : IClassFixture<DeskFixture>
{
    private const string Query = """
        query($title: String!, $after: String) {
          tickets(first: 3, after: $after, where: { title: { eq: $title } }, order: [{ priority: DESC }, { numberValue: ASC }]) {
            pageInfo { hasNextPage endCursor }
            nodes { id priority }
          }
        }
        """;

    [Fact]
    public async Task Priority_sorts_most_urgent_first_across_pages_not_by_name()
    {
        // Filed out of order, with two of one priority; stored as names they would sort HIGH, LOW, MEDIUM, URGENT.
        var title = "Sorting " + Guid.NewGuid().ToString("N");
        string[] filed = ["LOW", "URGENT", "MEDIUM", "HIGH", "LOW", "URGENT"];
        var ids = new List<string>();
        foreach (var priority in filed)
        {
            ids.Add(await fixture.CreateTicketAsync("member@acme.test", priority, title: title));
        }

        var seen = new List<(string Id, string Priority)>();
        string? after = null;
        for (var page = 0; page < 3; page++)
        {
            var tickets = (await fixture.DataAsync("member@acme.test", Query, new { title, after })).GetProperty("tickets");
            seen.AddRange(tickets.GetProperty("nodes").EnumerateArray().Select(n => (n.GetProperty("id").GetString()!, n.GetProperty("priority").GetString()!)));
            var info = tickets.GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = info.GetProperty("endCursor").GetString();
        }

        // Ties in filing order (numberValue ascending).
        Assert.Equal(["URGENT", "URGENT", "HIGH", "MEDIUM", "LOW", "LOW"], seen.Select(s => s.Priority));
        Assert.Equal([ids[1], ids[5], ids[3], ids[2], ids[0], ids[4]], seen.Select(s => s.Id));
    }
}
