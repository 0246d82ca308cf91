using System.Text.Json.Nodes;
using KtPortal.GraphQL.Data.Tests.TestModel;

namespace KtPortal.GraphQL.Data.Tests.Fields;

/// <summary>
/// What the data middleware keeps across requests of one document (an ordering written in the document, the
/// projection of selections that no variable changes) against what it must build for each request: an ordering
/// read from a variable, and selections an <c>@include</c> on a variable changes. Each document runs several times
/// with changing variables, and every response is checked against the generated rows.
/// </summary>
public sealed class DocumentBuildTests(DeskDatabase database) : IClassFixture<DeskDatabase>, IAsyncLifetime
{
    private readonly DeskApi _api = new(database.CreateContext);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task An_ordering_read_from_a_variable_is_built_for_each_request()
    {
        const string Query = "query($order: [TicketSortInput!]) { tickets(first: 5, order: $order) { nodes { number } } }";
        foreach (var direction in new[] { "ASC", "DESC", "ASC", "DESC" })
        {
            var order = new List<object?> { new Dictionary<string, object?> { ["number"] = direction } };
            var json = await _api.RunAsync(Query, new Dictionary<string, object?> { ["order"] = order });
            var numbers = Nodes(json).Select(n => (int)n!["number"]!).ToList();
            var expected = direction == "ASC"
                ? database.Data.Tickets.OrderBy(t => t.Number).Take(5).Select(t => t.Number)
                : database.Data.Tickets.OrderByDescending(t => t.Number).Take(5).Select(t => t.Number);
            Assert.Equal(expected, numbers);
        }
    }

    [Fact]
    public async Task An_ordering_written_in_the_document_gives_the_same_order_in_every_request()
    {
        foreach (var first in new[] { 3, 7, 3 })
        {
            var json = await _api.RunAsync($"{{ tickets(first: {first}, order: [{{ number: DESC }}]) {{ nodes {{ number }} }} }}");
            Assert.Equal(database.Data.Tickets.OrderByDescending(t => t.Number).Take(first).Select(t => t.Number), Nodes(json).Select(n => (int)n!["number"]!));
        }
    }

    [Fact]
    public async Task Selections_an_include_on_a_variable_changes_are_projected_for_each_request()
    {
        const string Query = """
            query($with: Boolean!) {
              tickets(first: 20, order: [{ number: ASC }]) {
                nodes {
                  number
                  requester @include(if: $with) { displayName }
                  messages(first: 2) { nodes { id body @include(if: $with) } }
                }
              }
            }
            """;
        var names = database.Data.Users.ToDictionary(u => u.Id, u => u.DisplayName);
        var bodies = database.Data.Messages.ToDictionary(m => m.Id, m => m.Body);
        foreach (var with in new[] { false, true, false, true })
        {
            var json = await _api.RunAsync(Query, new Dictionary<string, object?> { ["with"] = with });
            var nodes = Nodes(json);
            Assert.Contains(nodes, n => n!["messages"]!["nodes"]!.AsArray().Count > 0);
            var tickets = database.Data.Tickets.OrderBy(t => t.Number).Take(20).ToList();
            Assert.Equal(tickets.Select(t => t.Number), nodes.Select(n => (int)n!["number"]!));
            for (var i = 0; i < tickets.Count; i++)
            {
                var node = nodes[i]!.AsObject();
                var messages = node["messages"]!["nodes"]!.AsArray();
                if (with)
                {
                    Assert.Equal(names[tickets[i].RequesterId], (string)node["requester"]!["displayName"]!);
                    Assert.All(messages, m => Assert.Equal(bodies[(int)m!["id"]!], (string)m["body"]!));
                }
                else
                {
                    Assert.False(node.ContainsKey("requester"));
                    Assert.All(messages, m => Assert.False(m!.AsObject().ContainsKey("body")));
                }
            }
        }
    }

    private static JsonArray Nodes(string json)
    {
        var response = JsonNode.Parse(json)!;
        Assert.Null(response["errors"]);
        return response["data"]!["tickets"]!["nodes"]!.AsArray();
    }
}
