using System.Text.Json;
using KtPortal.Api.Infrastructure.Redis;
using KtPortal.Api.Support;
using KtPortal.GraphQL.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.Api.Tests.Support;

/// <summary>Clients never see internal notes, by any path; staff see them everywhere.</summary>
public sealed class InternalNoteVisibilityTests(DeskFixture fixture) : IClassFixture<DeskFixture>
{
    private const string Client = "owner@acme.test";
    private const string Partner = "partner@northwind.test";
    private const string Agent = "agent@kre8ivtech.test";

    private const string TicketQuery = """
        query($id: ID!) {
          node(id: $id) {
            ... on Ticket {
              messages { totalCount nodes { body internal } }
              internalOnly: messages(where: { internal: { eq: true } }) { totalCount nodes { body } }
              timeline { totalCount nodes { kind internal } }
            }
          }
        }
        """;

    [Fact]
    public async Task TheMessagesList_TheirCount_AFilterForThem_AndTheTimeline_HideInternalNotesFromClients()
    {
        var id = await TicketWithANoteAsync(Client, null);

        var asClient = (await fixture.DataAsync(Client, TicketQuery, new { id })).GetProperty("node");
        var asStaff = (await fixture.DataAsync(Agent, TicketQuery, new { id })).GetProperty("node");

        Assert.Equal(["Public reply"], Bodies(asClient.GetProperty("messages")));
        Assert.Equal(1, asClient.GetProperty("messages").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, asClient.GetProperty("internalOnly").GetProperty("totalCount").GetInt32());
        Assert.DoesNotContain("INTERNAL_NOTE", Kinds(asClient));
        Assert.All(asClient.GetProperty("timeline").GetProperty("nodes").EnumerateArray(), e => Assert.False(e.GetProperty("internal").GetBoolean()));

        Assert.Equal(["Secret note", "Public reply"], Bodies(asStaff.GetProperty("messages")));
        Assert.Equal(2, asStaff.GetProperty("messages").GetProperty("totalCount").GetInt32());
        Assert.Contains("INTERNAL_NOTE", Kinds(asStaff));
    }

    [Fact]
    public async Task TheTicketsList_WithNestedMessages_HidesInternalNotesFromAPartnerOfTheClient()
    {
        await TicketWithANoteAsync(Agent, "initech");

        var data = await fixture.DataAsync(Partner, """
            { tickets(first: 10) { nodes { organization { slug } messages { totalCount nodes { body } } } } }
            """);

        var ticket = Assert.Single(data.GetProperty("tickets").GetProperty("nodes").EnumerateArray());
        Assert.Equal("initech", ticket.GetProperty("organization").GetProperty("slug").GetString());
        Assert.Equal(["Public reply"], Bodies(ticket.GetProperty("messages")));
        Assert.Equal(1, ticket.GetProperty("messages").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task TheTicketUpdatedSubscription_SkipsInternalNotesForClients_AndShowsThemToStaff()
    {
        var id = await fixture.CreateTicketAsync(Client);
        const string Subscription = """
            subscription($id: ID!) { ticketUpdated(id: $id) { status messages { totalCount nodes { body } } timeline { nodes { kind } } } }
            """;
        using var client = await GraphQLSocket.ConnectAsync(fixture.Factory, await fixture.TokenAsync(Client));
        using var staff = await GraphQLSocket.ConnectAsync(fixture.Factory, await fixture.TokenAsync(Agent));
        await client.SubscribeAsync(Subscription, new { id });
        await staff.SubscribeAsync(Subscription, new { id });
        await WaitForSubscribersAsync(TicketTopics.Ticket(DeskFixture.TicketId(id)), 2);

        await ReplyAsync(Agent, id, "Secret note", isInternal: true);
        await ReplyAsync(Agent, id, "Public reply", isInternal: false);

        // Staff get both events (each shows the ticket as it is when delivered).
        var note = (await staff.NextDataAsync()).GetProperty("ticketUpdated");
        Assert.Contains("Secret note", Bodies(note.GetProperty("messages")));
        var reply = (await staff.NextDataAsync()).GetProperty("ticketUpdated");
        Assert.Equal(["Secret note", "Public reply"], Bodies(reply.GetProperty("messages")));

        // Both messages have reached every subscriber's buffer; ending the topic ends the client's stream after
        // whatever it holds, so the client's events are exactly those it was given: the reply's, not the note's.
        await fixture.Factory.Services.GetRequiredService<ITopicEventSender>().CompleteAsync(TicketTopics.Ticket(DeskFixture.TicketId(id)));
        var only = (await client.NextDataAsync()).GetProperty("ticketUpdated");
        Assert.Equal(["Public reply"], Bodies(only.GetProperty("messages")));
        Assert.Equal(1, only.GetProperty("messages").GetProperty("totalCount").GetInt32());
        Assert.DoesNotContain("INTERNAL_NOTE", Kinds(only));
        Assert.Equal("complete", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task TheTicketCreatedSubscription_DeliversOnlyTheSubscribersOwnTenantsTickets()
    {
        using var acme = await GraphQLSocket.ConnectAsync(fixture.Factory, await fixture.TokenAsync(Client));
        using var staff = await GraphQLSocket.ConnectAsync(fixture.Factory, await fixture.TokenAsync(Agent));
        await acme.SubscribeAsync("subscription { ticketCreated { title organization { slug } } }");
        await staff.SubscribeAsync("subscription { ticketCreated { title organization { slug } } }");
        await WaitForSubscribersAsync(TicketTopics.Created, 2);

        await fixture.CreateTicketAsync("owner@globex.test", title: "Globex's");
        await fixture.CreateTicketAsync(Client, title: "Acme's");

        Assert.Equal("Acme's", (await acme.NextDataAsync()).GetProperty("ticketCreated").GetProperty("title").GetString());
        Assert.Equal("Globex's", (await staff.NextDataAsync()).GetProperty("ticketCreated").GetProperty("title").GetString());
        Assert.Equal("Acme's", (await staff.NextDataAsync()).GetProperty("ticketCreated").GetProperty("title").GetString());
    }

    [Fact]
    public async Task TicketUpdated_ForAnotherTenantsTicket_IsNotFound()
    {
        var id = await fixture.CreateTicketAsync("owner@globex.test");
        using var acme = await GraphQLSocket.ConnectAsync(fixture.Factory, await fixture.TokenAsync(Client));

        await acme.SubscribeAsync("subscription($id: ID!) { ticketUpdated(id: $id) { title } }", new { id });
        var message = await acme.ReceiveAsync();

        Assert.Equal("error", message.GetProperty("type").GetString());
        Assert.Contains("NOT_FOUND", message.GetProperty("payload").ToString(), StringComparison.Ordinal);
    }

    private async Task WaitForSubscribersAsync(string topic, int count)
    {
        var bus = fixture.Factory.Services.GetRequiredService<ITopicEventReceiver>();
        await Infrastructure.Redis.RedisTestKit.WaitUntilAsync(() => bus switch
        {
            InMemoryPubSub memory => memory.GetSubscriberCount(topic) >= count,
            RedisPubSub redis => redis.GetSubscriberCount(topic) >= count,
            _ => throw new InvalidOperationException("Unknown bus."),
        });
    }

    private async Task<string> TicketWithANoteAsync(string creator, string? organization)
    {
        var id = await fixture.CreateTicketAsync(creator, organizationSlug: organization);
        await ReplyAsync(Agent, id, "Secret note", isInternal: true);
        await ReplyAsync(Agent, id, "Public reply", isInternal: false);
        return id;
    }

    private async Task ReplyAsync(string email, string id, string body, bool isInternal)
    {
        var result = await fixture.DataAsync(email, """
            mutation($id: ID!, $body: String!, $internal: Boolean!) {
              addTicketMessage(input: { ticketId: $id, body: $body, internal: $internal }) { errors { __typename } }
            }
            """, new { id, body, @internal = isInternal });
        Assert.Equal(JsonValueKind.Null, result.GetProperty("addTicketMessage").GetProperty("errors").ValueKind);
    }

    private static List<string> Bodies(JsonElement connection)
        => [.. connection.GetProperty("nodes").EnumerateArray().Select(m => m.GetProperty("body").GetString()!)];

    private static List<string> Kinds(JsonElement ticket)
        => [.. ticket.GetProperty("timeline").GetProperty("nodes").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!)];
}
