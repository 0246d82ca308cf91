using System.Text.Json;
using KtPortal.Api.Seed;
using KtPortal.Api.Support;
using KtPortal.Api.Support.Sla;
using KtPortal.GraphQL.Subscriptions;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.Api.Tests.Support;

/// <summary>The breach job inside the API host: what it flags is announced on the ticket's topic, which <c>ticketUpdated</c> listens to.</summary>
public sealed class SlaBreachJobTests(SupportApiFixture fixture) : IClassFixture<SupportApiFixture>
{
    [Fact]
    public async Task A_breach_is_announced_on_the_tickets_topic_as_an_SLA_BREACHED_change()
    {
        var acme = DemoSeed.IdOf("organization", "acme");
        var ticket = await TicketRows.InsertAsync(
            fixture.DataSource, acme, DemoSeed.IdOf("user", "owner@acme.test"), DateTimeOffset.UtcNow.AddDays(-1), TimeSpan.FromHours(1), TimeSpan.FromDays(30));
        var receiver = fixture.Factory.Services.GetRequiredService<ITopicEventReceiver>();
        await using var stream = await receiver.SubscribeAsync<TicketChangedMessage>(TicketTopics.Ticket(ticket));

        var flagged = await fixture.Factory.Services.GetRequiredService<SlaBreachJob>().RunOnceAsync(default);

        Assert.Contains(flagged, b => b.TicketId == ticket);
        // A guard against a hang, not a timing assertion: the message was sent before RunOnceAsync returned.
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var messages = stream.ReadEventsAsync(guard.Token).GetAsyncEnumerator(guard.Token);
        Assert.True(await messages.MoveNextAsync());
        Assert.NotEqual(Guid.Empty, messages.Current.EventId); // set by the publisher, one per announcement
        Assert.Equal(
            new TicketChangedMessage(ticket, acme, Domain.Support.TicketPriority.High, "SLA_BREACHED", Internal: false),
            messages.Current with { EventId = Guid.Empty });
    }

    [Fact]
    public async Task The_breach_notification_links_its_ticket_and_the_agent_reads_it()
    {
        var ticket = await TicketRows.InsertAsync(
            fixture.DataSource, DemoSeed.IdOf("organization", "globex"), DemoSeed.IdOf("user", "owner@globex.test"),
            DateTimeOffset.UtcNow.AddDays(-2), TimeSpan.FromHours(1), TimeSpan.FromDays(30), title: "Mail bounces");
        await fixture.InsertNotificationAsync(DemoSeed.IdOf("user", "agent@kre8ivtech.test"), "about no ticket", DateTimeOffset.UtcNow.AddYears(-1));
        await fixture.Factory.Services.GetRequiredService<SlaBreachJob>().RunOnceAsync(default);

        var response = await fixture.PostAsync(
            "{ viewer { notifications(first: 100) { nodes { kind title ticket { id title firstResponseBreached } } } } }", await fixture.TokenAsync("agent@kre8ivtech.test"));

        var nodes = response.GetProperty("data").GetProperty("viewer").GetProperty("notifications").GetProperty("nodes").EnumerateArray().ToList();
        var breach = Assert.Single(nodes, n => n.GetProperty("kind").GetString() == "SLA_BREACHED" && n.GetProperty("ticket").ValueKind != JsonValueKind.Null
            && n.GetProperty("ticket").GetProperty("title").GetString() == "Mail bounces");
        Assert.Equal(new NodeIdSerializer().Format("Ticket", ticket), breach.GetProperty("ticket").GetProperty("id").GetString());
        Assert.True(breach.GetProperty("ticket").GetProperty("firstResponseBreached").GetBoolean());
        var plain = Assert.Single(nodes, n => n.GetProperty("title").GetString() == "about no ticket");
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("ticket").ValueKind);
    }
}
