using System.Text.Json;

namespace KtPortal.Api.Tests.Plans;

/// <summary>
/// Estimates of a list of tickets come from one batch, and each is the one the ticket gets alone. A class (and so a
/// database) of its own: the closed tickets it files would change the histories <see cref="EstimateTests"/> builds.
/// </summary>
public sealed class EstimateBatchTests(PlansFixture fixture) : IClassFixture<PlansFixture>
{
    [Fact]
    public async Task A_list_of_tickets_gets_each_tickets_own_estimate_from_one_batch()
    {
        var client = await fixture.NewClientAsync();
        foreach (var minutes in new[] { 40, 50, 60, 70, 80 })
        {
            await fixture.ClosedTicketAsync(client, "TROUBLESHOOTING", "Hosting", minutes);
        }

        var similar = await fixture.NewTicketAsync(client, "TROUBLESHOOTING", "Hosting");
        var manual = await fixture.NewTicketAsync(client, "TROUBLESHOOTING", "Hosting");
        Assert.Equal(JsonValueKind.Null, (await fixture.SetEstimateAsync(manual, "15")).GetProperty("errors").ValueKind);
        var otherType = await fixture.NewTicketAsync(client, "SERVICE_REQUEST", "Hosting");
        Guid[] tickets = [similar, manual, otherType];

        var ids = string.Join(", ", tickets.Select(t => $"\"{fixture.TicketId(t)}\""));
        var listed = (await fixture.StaffAsync($$"""{ nodes(ids: [{{ids}}]) { ... on Ticket { estimate { minutes source sampleSize explanation } } } }"""))
            .GetProperty("data").GetProperty("nodes");

        Assert.Equal(tickets.Length, listed.GetArrayLength());
        for (var i = 0; i < tickets.Length; i++)
        {
            Assert.Equal((await fixture.EstimateAsync(tickets[i])).GetRawText(), listed[i].GetProperty("estimate").GetRawText());
        }

        Assert.Equal("MANUAL", listed[1].GetProperty("estimate").GetProperty("source").GetString());
        Assert.Equal("SIMILAR_TICKETS", listed[0].GetProperty("estimate").GetProperty("source").GetString());
    }
}
