using System.Text.Json;
using KtPortal.Api.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.Api.Tests.Support;

/// <summary>
/// The ticket API end to end with one isolation layer switched off in the host: the application's filter alone
/// (no role switch, so the superuser test login bypasses row-level security), and row-level security alone (no
/// application filter). With both off a client sees everything, so each case can fail.
/// </summary>
public sealed class TicketApiIsolationTests(DeskFixture fixture) : IClassFixture<DeskFixture>
{
    private const string Query = """
        query($foreign: ID!, $own: ID!) {
          tickets(first: 10) { totalCount nodes { title messages(first: 10) { totalCount nodes { body } } timeline(first: 10) { nodes { kind } } } }
          foreign: node(id: $foreign) { id }
          own: node(id: $own) { ... on Ticket { messages { totalCount } } }
        }
        """;

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task A_client_sees_only_their_tickets_and_no_internal_note_with_either_layer_alone(bool applicationFilter, bool rowLevelSecurity)
    {
        var (foreign, own) = await TicketsAsync();
        await using var node = Host(applicationFilter, rowLevelSecurity);

        var data = await QueryAsync(node, foreign, own);

        var tickets = data.GetProperty("tickets");
        Assert.Equal(1, tickets.GetProperty("totalCount").GetInt32());
        var ticket = Assert.Single(tickets.GetProperty("nodes").EnumerateArray());
        Assert.Equal("Acme's", ticket.GetProperty("title").GetString());
        Assert.Equal(["Public"], ticket.GetProperty("messages").GetProperty("nodes").EnumerateArray().Select(m => m.GetProperty("body").GetString()));
        Assert.DoesNotContain("INTERNAL_NOTE", ticket.GetProperty("timeline").GetProperty("nodes").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(JsonValueKind.Null, data.GetProperty("foreign").ValueKind);
        Assert.Equal(1, data.GetProperty("own").GetProperty("messages").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task With_both_layers_off_the_client_would_see_everything_so_the_test_above_can_fail()
    {
        var (foreign, own) = await TicketsAsync();
        await using var node = Host(applicationFilter: false, rowLevelSecurity: false);

        var data = await QueryAsync(node, foreign, own);

        Assert.Equal(2, data.GetProperty("tickets").GetProperty("totalCount").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, data.GetProperty("foreign").ValueKind);
        Assert.Equal(2, data.GetProperty("own").GetProperty("messages").GetProperty("totalCount").GetInt32());
    }

    private PortalFactory Host(bool applicationFilter, bool rowLevelSecurity) => new(
        fixture.Database.ConnectionString,
        environment: "Development",
        configureServices: services => services.Configure<TenancyOptions>(o =>
        {
            o.ApplicationFilter = applicationFilter;
            o.DatabaseRole = rowLevelSecurity ? TenancyOptions.DefaultDatabaseRole : string.Empty;
        }));

    private static async Task<JsonElement> QueryAsync(PortalFactory node, string foreign, string own)
    {
        var response = await DeskFixture.PostAsync(node, await DeskFixture.IssueTokenAsync(node, "member@acme.test"), Query, new { foreign, own });
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data");
    }

    // Made once per class (through the fully isolated fixture host): Globex's ticket, and Acme's with a reply and a note.
    private async Task<(string Foreign, string Own)> TicketsAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_tickets is { } made)
            {
                return made;
            }

            var foreign = await fixture.CreateTicketAsync("owner@globex.test", title: "Globex's");
            var own = await fixture.CreateTicketAsync("owner@acme.test", title: "Acme's");
            foreach (var (body, isInternal) in new[] { ("Internal", true), ("Public", false) })
            {
                await fixture.DataAsync("agent@kre8ivtech.test", """
                    mutation($id: ID!, $body: String!, $internal: Boolean!) { addTicketMessage(input: { ticketId: $id, body: $body, internal: $internal }) { errors { __typename } } }
                    """, new { id = own, body, @internal = isInternal });
            }

            return (_tickets = (foreign, own)).Value;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (string Foreign, string Own)? _tickets;
}
