using System.Text.Json;

namespace KtPortal.Api.Tests.Plans;

/// <summary>The time fields of a ticket: entries for staff, billable and billed totals for the client too.</summary>
public sealed class TicketTimeFieldsTests(PlansFixture fixture) : IClassFixture<PlansFixture>
{
    [Fact]
    public async Task Staff_see_the_entries_and_the_totals_with_minimum_billing()
    {
        var client = await fixture.NewClientAsync();
        var ticket = await fixture.NewTicketAsync(client);
        await fixture.LogTimeAsync(ticket, 25, workDate: "2026-12-02", description: "Second");
        await fixture.LogTimeAsync(ticket, 10, workDate: "2026-12-01", billable: false, description: "First");

        var json = await fixture.StaffAsync($$"""
            { node(id: "{{fixture.TicketId(ticket)}}") { ... on Ticket {
                timeEntries { minutes workDate description billable rateType user { email } }
                billableMinutes billedMinutes } } }
            """);

        var node = json.GetProperty("data").GetProperty("node");
        Assert.Equal(["First", "Second"], node.GetProperty("timeEntries").EnumerateArray().Select(e => e.GetProperty("description").GetString()));
        Assert.Equal(PlansFixture.Staff, node.GetProperty("timeEntries")[0].GetProperty("user").GetProperty("email").GetString());
        Assert.Equal(25, node.GetProperty("billableMinutes").GetInt32());
        Assert.Equal(60, node.GetProperty("billedMinutes").GetInt32());
    }

    [Fact]
    public async Task A_client_sees_its_billed_totals_but_not_the_entries()
    {
        var client = await fixture.NewClientAsync();
        var ticket = await fixture.NewTicketAsync(client);
        var untouched = await fixture.NewTicketAsync(client);
        await fixture.LogTimeAsync(ticket, 75);

        var totals = await fixture.ExecuteAsync(client.Owner, client.Id, $$"""
            { a: node(id: "{{fixture.TicketId(ticket)}}") { ... on Ticket { billableMinutes billedMinutes } }
              b: node(id: "{{fixture.TicketId(untouched)}}") { ... on Ticket { billableMinutes billedMinutes } } }
            """);
        Assert.Equal(75, totals.GetProperty("data").GetProperty("a").GetProperty("billedMinutes").GetInt32());
        Assert.Equal(0, totals.GetProperty("data").GetProperty("b").GetProperty("billedMinutes").GetInt32());

        var entries = await fixture.ExecuteAsync(client.Owner, client.Id, $$"""
            { node(id: "{{fixture.TicketId(ticket)}}") { ... on Ticket { timeEntries { minutes } } } }
            """);
        Assert.Equal("AUTH_NOT_AUTHORIZED", entries.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Another_tenants_ticket_shows_nothing_to_a_client()
    {
        var client = await fixture.NewClientAsync();
        var other = await fixture.NewClientAsync();
        var ticket = await fixture.NewTicketAsync(other);
        await fixture.LogTimeAsync(ticket, 75);

        var json = await fixture.ExecuteAsync(client.Owner, client.Id, $$"""
            { node(id: "{{fixture.TicketId(ticket)}}") { ... on Ticket { billedMinutes } } }
            """);

        Assert.Equal(JsonValueKind.Null, json.GetProperty("data").GetProperty("node").ValueKind);
    }
}
