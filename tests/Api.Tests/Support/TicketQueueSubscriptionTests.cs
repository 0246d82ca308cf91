using KtPortal.Api.Support;
using KtPortal.GraphQL.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.Api.Tests.Support;

/// <summary><c>ticketQueueUpdated</c>: each subscriber hears of queue changes that move their own tickets, and sees only those.</summary>
public sealed class TicketQueueSubscriptionTests(DeskFixture fixture) : IClassFixture<DeskFixture>
{
    private const string Subscription = "subscription { ticketQueueUpdated(priority: HIGH) { priority tickets { title queuePosition } } }";

    [Fact]
    public async Task AClientSeesTheirTicketMoveUpWhenAnotherTenantsTicketLeavesTheQueue_AndNeverSeesThatTicket()
    {
        var globex = await fixture.CreateTicketAsync("owner@globex.test", "HIGH", title: "Globex first");
        using var acme = await GraphQLSocket.ConnectAsync(fixture.Factory, await fixture.TokenAsync("owner@acme.test"));
        await acme.SubscribeAsync(Subscription);
        var bus = (InMemoryPubSub)fixture.Factory.Services.GetRequiredService<ITopicEventReceiver>();
        var topic = TicketTopics.Queue(Domain.Support.TicketPriority.High);
        await Infrastructure.Redis.RedisTestKit.WaitUntilAsync(() => bus.GetSubscriberCount(topic) == 1);

        await fixture.CreateTicketAsync("owner@acme.test", "HIGH", title: "Acme second");
        var joined = (await acme.NextDataAsync()).GetProperty("ticketQueueUpdated");
        Assert.Equal("HIGH", joined.GetProperty("priority").GetString());
        var mine = Assert.Single(joined.GetProperty("tickets").EnumerateArray());
        Assert.Equal("Acme second", mine.GetProperty("title").GetString());
        Assert.Equal(2, mine.GetProperty("queuePosition").GetInt32());

        await fixture.DataAsync("agent@kre8ivtech.test", """
            mutation($id: ID!) { changeTicketStatus(input: { ticketId: $id, status: IN_PROGRESS }) { errors { __typename } } }
            """, new { id = globex });

        var moved = Assert.Single((await acme.NextDataAsync()).GetProperty("ticketQueueUpdated").GetProperty("tickets").EnumerateArray());
        Assert.Equal("Acme second", moved.GetProperty("title").GetString());
        Assert.Equal(1, moved.GetProperty("queuePosition").GetInt32());
    }

    [Fact]
    public async Task ASubscriberWithNothingQueued_HearsNothingOfAnotherTenantsQueue()
    {
        using var globex = await GraphQLSocket.ConnectAsync(fixture.Factory, await fixture.TokenAsync("owner@globex.test"));
        await globex.SubscribeAsync("subscription { ticketQueueUpdated(priority: URGENT) { tickets { title } } }");
        var bus = (InMemoryPubSub)fixture.Factory.Services.GetRequiredService<ITopicEventReceiver>();
        var topic = TicketTopics.Queue(Domain.Support.TicketPriority.Urgent);
        await Infrastructure.Redis.RedisTestKit.WaitUntilAsync(() => bus.GetSubscriberCount(topic) == 1);

        await fixture.CreateTicketAsync("owner@acme.test", "URGENT", title: "Acme's urgent one");

        // The message is in the subscriber's buffer; ending the topic shows whether the stream passed it on.
        await fixture.Factory.Services.GetRequiredService<ITopicEventSender>().CompleteAsync(topic);
        Assert.Equal("complete", (await globex.ReceiveAsync()).GetProperty("type").GetString());
    }
}
