using System.Text.Json;

namespace KtPortal.Api.Tests.Plans;

/// <summary>
/// Estimates from the history of closed tickets. The class has its own database (its fixture), and each test its own
/// ticket type, so the histories the tests build never mix.
/// </summary>
public sealed class EstimateTests(PlansFixture fixture) : IClassFixture<PlansFixture>
{
    [Fact]
    public async Task The_suggestion_is_the_median_of_similar_closed_tickets_then_of_the_type_then_none()
    {
        var client = await fixture.NewClientAsync();
        var target = await fixture.NewTicketAsync(client, "TROUBLESHOOTING", "Email");

        // Four closed tickets of the category are too few: the type's median over all six closed tickets applies.
        foreach (var (category, minutes) in new[] { ("Email", 30), ("Email", 90), ("Email", 60), ("Email", 120), ("Website", 45), ("Website", 300) })
        {
            await fixture.ClosedTicketAsync(client, "TROUBLESHOOTING", category, minutes);
        }

        var byType = await fixture.EstimateAsync(target);
        Assert.Equal("SAME_TYPE", byType.GetProperty("source").GetString());
        Assert.Equal(75, byType.GetProperty("minutes").GetInt32());
        Assert.Equal("median of 6 tickets of the same type", byType.GetProperty("explanation").GetString());

        // A fifth closed ticket of the category: its median (odd count) applies. Open tickets and non-billable time do not count.
        await fixture.ClosedTicketAsync(client, "TROUBLESHOOTING", "Email", 45);
        await fixture.ClosedTicketAsync(client, "TROUBLESHOOTING", "Email", 1000, status: "RESOLVED");
        await fixture.ClosedTicketAsync(client, "TROUBLESHOOTING", "Email", 1000, billable: false);
        var similar = await fixture.EstimateAsync(target);
        Assert.Equal("SIMILAR_TICKETS", similar.GetProperty("source").GetString());
        Assert.Equal(60, similar.GetProperty("minutes").GetInt32());
        Assert.Equal(5, similar.GetProperty("sampleSize").GetInt32());
        Assert.Equal("median of 5 similar tickets", similar.GetProperty("explanation").GetString());

        // The same history always gives the same answer.
        Assert.Equal(similar.GetRawText(), (await fixture.EstimateAsync(target)).GetRawText());

        var lonely = await fixture.EstimateAsync(await fixture.NewTicketAsync(client, "SERVICE_REQUEST", "Email"));
        Assert.Equal("NONE", lonely.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, lonely.GetProperty("minutes").ValueKind);
    }

    [Fact]
    public async Task Staff_may_set_an_estimate_by_hand_and_clear_it_again()
    {
        var client = await fixture.NewClientAsync();
        var ticket = await fixture.NewTicketAsync(client, "SERVICE_REQUEST", "Hosting");

        var set = await fixture.SetEstimateAsync(ticket, "240");
        Assert.Equal(JsonValueKind.Null, set.GetProperty("errors").ValueKind);
        Assert.Equal("MANUAL", set.GetProperty("estimate").GetProperty("source").GetString());
        Assert.Equal(240, set.GetProperty("estimate").GetProperty("minutes").GetInt32());
        var node = await fixture.StaffAsync($$"""{ node(id: "{{fixture.TicketId(ticket)}}") { ... on Ticket { estimatedMinutes } } }""");
        Assert.Equal(240, node.GetProperty("data").GetProperty("node").GetProperty("estimatedMinutes").GetInt32());
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM ticket_events WHERE ticket_id = $1 AND kind = 'ESTIMATED' AND internal", ticket));

        var cleared = await fixture.SetEstimateAsync(ticket, "null");
        Assert.Equal("NONE", cleared.GetProperty("estimate").GetProperty("source").GetString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("120001")]
    public async Task An_estimate_out_of_range_is_a_typed_error_and_changes_nothing(string minutes)
    {
        var client = await fixture.NewClientAsync();
        var ticket = await fixture.NewTicketAsync(client, "SERVICE_REQUEST", "Hosting");

        var refused = await fixture.SetEstimateAsync(ticket, minutes);

        Assert.Equal("InvalidEstimateError", refused.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM tickets WHERE id = $1 AND estimated_minutes IS NOT NULL", ticket));
        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM ticket_events WHERE ticket_id = $1", ticket));
    }

    [Fact]
    public async Task A_client_may_neither_read_nor_set_the_estimate()
    {
        var client = await fixture.NewClientAsync();
        var ticket = await fixture.NewTicketAsync(client, "SERVICE_REQUEST", "Hosting");

        var read = await fixture.ExecuteAsync(client.Owner, client.Id, $$"""{ node(id: "{{fixture.TicketId(ticket)}}") { ... on Ticket { estimate { minutes } } } }""");
        var set = await fixture.ExecuteAsync(client.Owner, client.Id, $$"""
            mutation { setTicketEstimate(input: { ticketId: "{{fixture.TicketId(ticket)}}", estimatedMinutes: 60 }) { estimate { minutes } } }
            """);

        Assert.Equal("AUTH_NOT_AUTHORIZED", read.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("AUTH_NOT_AUTHORIZED", set.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM tickets WHERE id = $1 AND estimated_minutes IS NOT NULL", ticket));
    }
}
