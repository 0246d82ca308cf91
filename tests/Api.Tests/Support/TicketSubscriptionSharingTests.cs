using System.Text.Json;
using KtPortal.Api.Seed;
using KtPortal.Api.Support;
using KtPortal.Domain.Support;
using KtPortal.GraphQL.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KtPortal.Api.Tests.Support;

/// <summary>
/// Ticket subscriptions share one read of the ticket per event among subscribers who see the same tickets, keep
/// each subscriber's viewer between events and refresh it after <see cref="SubscriberViewer.RefreshInterval"/>,
/// and still give every subscriber only what they may see.
/// </summary>
/// <remarks>
/// Reads are counted by <see cref="TicketEventReads.DatabaseReads"/>, which counts each call the class makes to the
/// database where it makes it; the subscriptions have no other way to read the ticket of an event.
/// </remarks>
public sealed class TicketSubscriptionSharingTests(SubscriberFixture fixture) : IClassFixture<SubscriberFixture>
{
    private const string Created = "subscription { ticketCreated { title organization { slug } } }";

    private TicketEventReads Reads => fixture.Factory.Services.GetRequiredService<TicketEventReads>();

    [Fact]
    public async Task ManySubscribersOfOneVisibilityClass_CauseOneTicketReadPerEvent()
    {
        await EndCreatedTopicAsync();
        var staff = (await fixture.SubscribeAsync("agent@kre8ivtech.test", 8, Created))
            .Concat(await fixture.SubscribeAsync("billing@kre8ivtech.test", 4, Created)).ToList();
        var acme = (await fixture.SubscribeAsync("owner@acme.test", 4, Created))
            .Concat(await fixture.SubscribeAsync("member@acme.test", 3, Created)).ToList();
        await fixture.WaitForSubscribersAsync(TicketTopics.Created, 19);
        var before = Reads.DatabaseReads;

        await fixture.CreateTicketAsync("owner@acme.test", "Acme 1");
        await AllReceiveAsync(staff.Concat(acme), "Acme 1");
        Assert.Equal(before + 2, Reads.DatabaseReads); // staff, and Acme's members

        await fixture.CreateTicketAsync("owner@globex.test", "Globex 1");
        await AllReceiveAsync(staff, "Globex 1");
        Assert.Equal(before + 3, Reads.DatabaseReads); // staff only: Acme's subscribers drop it unread

        await fixture.CreateTicketAsync("owner@acme.test", "Acme 2");
        await AllReceiveAsync(staff.Concat(acme), "Acme 2"); // so Acme's subscribers were not given Globex 1
        Assert.Equal(before + 5, Reads.DatabaseReads);
        Dispose(staff.Concat(acme));
    }

    [Fact]
    public async Task SharedReads_GiveEachTenantsSubscribersOnlyTheirOwnTickets()
    {
        await EndCreatedTopicAsync();
        var acme = await fixture.SubscribeAsync("owner@acme.test", 3, Created);
        var globex = await fixture.SubscribeAsync("owner@globex.test", 3, Created);
        var partner = await fixture.SubscribeAsync("partner@northwind.test", 2, Created);
        var staff = await fixture.SubscribeAsync("agent@kre8ivtech.test", 2, Created);
        await fixture.WaitForSubscribersAsync(TicketTopics.Created, 10);

        await fixture.CreateTicketAsync("owner@acme.test", "Acme's");
        await fixture.CreateTicketAsync("owner@globex.test", "Globex's");
        await fixture.CreateTicketAsync("agent@kre8ivtech.test", "Initech's", organizationSlug: "initech");

        // Every ticket has reached every subscriber's buffer once staff have them all; ending the topic then ends each
        // stream after what it holds, so what a socket shows before "complete" is all it was ever given.
        foreach (var socket in staff)
        {
            Assert.Equal(["Acme's", "Globex's", "Initech's"], await TitlesAsync(socket, 3));
        }

        await EndCreatedTopicAsync();
        foreach (var (sockets, title, slug) in new[] { (acme, "Acme's", "acme"), (globex, "Globex's", "globex"), (partner, "Initech's", "initech") })
        {
            foreach (var socket in sockets)
            {
                var ticket = (await socket.NextDataAsync()).GetProperty("ticketCreated");
                Assert.Equal(title, ticket.GetProperty("title").GetString());
                Assert.Equal(slug, ticket.GetProperty("organization").GetProperty("slug").GetString());
                Assert.Equal("complete", (await socket.ReceiveAsync()).GetProperty("type").GetString());
            }
        }

        Dispose(acme.Concat(globex).Concat(partner).Concat(staff));
    }

    [Fact]
    public async Task ClientSubscribers_NeverGetInternalNoteEvents_AndStaffShareTheirReads()
    {
        var id = await fixture.CreateTicketAsync("owner@acme.test", "Printer jams");
        const string Updated = "subscription($id: ID!) { ticketUpdated(id: $id) { status messages { nodes { body } } } }";
        var clients = await fixture.SubscribeAsync("owner@acme.test", 3, Updated, new { id });
        var staff = await fixture.SubscribeAsync("agent@kre8ivtech.test", 3, Updated, new { id });
        var topic = TicketTopics.Ticket(DeskFixture.TicketId(id));
        await fixture.WaitForSubscribersAsync(topic, 6);
        var before = Reads.DatabaseReads;

        await ReplyAsync(id, "Secret note", isInternal: true);
        await ReplyAsync(id, "Public reply", isInternal: false);

        foreach (var socket in staff)
        {
            Assert.Contains("Secret note", Bodies(await socket.NextDataAsync()));
            Assert.Equal(["Public reply", "Secret note"], Bodies(await socket.NextDataAsync()).Order(StringComparer.Ordinal));
        }

        await fixture.Factory.Services.GetRequiredService<ITopicEventSender>().CompleteAsync(topic);
        foreach (var socket in clients)
        {
            Assert.Equal(["Public reply"], Bodies(await socket.NextDataAsync()));
            Assert.Equal("complete", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        }

        // Staff read the ticket once per event; clients once, for the only event they were given.
        Assert.Equal(before + 3, Reads.DatabaseReads);
        Dispose(clients.Concat(staff));
    }

    [Fact]
    public async Task QueueSubscribersOfOneVisibilityClass_ShareOneQueueReadPerEvent_AndSeeOnlyTheirTickets()
    {
        const string Queue = "subscription { ticketQueueUpdated(priority: MEDIUM) { tickets { title organization { slug } } } }";
        var staff = await fixture.SubscribeAsync("agent@kre8ivtech.test", 4, Queue);
        var acme = (await fixture.SubscribeAsync("owner@acme.test", 2, Queue)).Concat(await fixture.SubscribeAsync("member@acme.test", 2, Queue)).ToList();
        await fixture.WaitForSubscribersAsync(TicketTopics.Queue(TicketPriority.Medium), 8);
        var before = Reads.QueueReads;

        await fixture.CreateTicketAsync("owner@acme.test", "Queued at Acme");

        foreach (var socket in staff.Concat(acme))
        {
            Assert.NotEmpty(QueueSlugs(await socket.NextDataAsync()));
        }

        // Staff, and Acme's members: one read each, whatever the number of sockets (the filter and the resolver
        // share it too).
        Assert.Equal(before + 2, Reads.QueueReads);
        Dispose(staff.Concat(acme));
    }

    [Fact]
    public async Task QueueSubscribers_OfAClient_GetOnlyTheirOwnTicketsFromTheSharedRead()
    {
        const string Queue = "subscription { ticketQueueUpdated(priority: MEDIUM) { tickets { title organization { slug } } } }";
        await fixture.CreateTicketAsync("owner@globex.test", "Globex, queued");
        var acme = await fixture.SubscribeAsync("owner@acme.test", 2, Queue);
        var globex = await fixture.SubscribeAsync("owner@globex.test", 2, Queue);
        await fixture.WaitForSubscribersAsync(TicketTopics.Queue(TicketPriority.Medium), 4);

        await fixture.CreateTicketAsync("owner@acme.test", "Acme, queued");

        foreach (var socket in acme)
        {
            Assert.All(QueueSlugs(await socket.NextDataAsync()), slug => Assert.Equal("acme", slug));
        }

        // Globex has a ticket in the queue too, so its subscribers hear that positions may have moved, and see only Globex's.
        foreach (var socket in globex)
        {
            Assert.All(QueueSlugs(await socket.NextDataAsync()), slug => Assert.Equal("globex", slug));
        }

        Dispose(acme.Concat(globex));
    }

    [Fact]
    public async Task AViewerWhoseMembershipIsRemoved_StopsReceivingWithinTheRefreshPeriod()
    {
        var member = DemoSeed.IdOf("user", "member@acme.test");
        var globex = DemoSeed.IdOf("organization", "globex");
        await ExecuteAsync("INSERT INTO memberships (id, user_id, organization_id, role) VALUES (gen_random_uuid(), $1, $2, 'MEMBER')", member, globex);
        await EndCreatedTopicAsync();
        var socket = Assert.Single(await fixture.SubscribeAsync("member@acme.test", 1, Created));
        await fixture.WaitForSubscribersAsync(TicketTopics.Created, 1);

        await ExecuteAsync("DELETE FROM memberships WHERE user_id = $1 AND organization_id = $2", member, globex);

        // Within the period the subscription still acts on the memberships it read (the documented trade-off)...
        await fixture.CreateTicketAsync("owner@globex.test", "Globex, before the refresh");
        Assert.Equal(["Globex, before the refresh"], await TitlesAsync(socket, 1));

        // ...and once it has passed, the next event finds the membership gone.
        fixture.Clock.Advance(SubscriberViewer.RefreshInterval);
        await fixture.CreateTicketAsync("owner@globex.test", "Globex, after the refresh");
        await fixture.CreateTicketAsync("owner@acme.test", "Acme, after the refresh");
        Assert.Equal(["Acme, after the refresh"], await TitlesAsync(socket, 1));
        socket.Dispose();
    }

    private Task EndCreatedTopicAsync()
        => fixture.Factory.Services.GetRequiredService<ITopicEventSender>().CompleteAsync(TicketTopics.Created).AsTask();

    private static async Task AllReceiveAsync(IEnumerable<GraphQLSocket> sockets, string title)
    {
        foreach (var socket in sockets)
        {
            Assert.Equal([title], await TitlesAsync(socket, 1));
        }
    }

    private static async Task<List<string>> TitlesAsync(GraphQLSocket socket, int count)
    {
        var titles = new List<string>();
        for (var i = 0; i < count; i++)
        {
            titles.Add((await socket.NextDataAsync()).GetProperty("ticketCreated").GetProperty("title").GetString()!);
        }

        return titles;
    }

    private async Task ReplyAsync(string id, string body, bool isInternal)
    {
        var result = await fixture.DataAsync("agent@kre8ivtech.test", """
            mutation($id: ID!, $body: String!, $internal: Boolean!) {
              addTicketMessage(input: { ticketId: $id, body: $body, internal: $internal }) { errors { __typename } }
            }
            """, new { id, body, @internal = isInternal });
        Assert.Equal(JsonValueKind.Null, result.GetProperty("addTicketMessage").GetProperty("errors").ValueKind);
    }

    private async Task ExecuteAsync(string sql, Guid first, Guid second)
    {
        await using var command = fixture.Database.DataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = first });
        command.Parameters.Add(new NpgsqlParameter { Value = second });
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static List<string> QueueSlugs(JsonElement data)
        => [.. data.GetProperty("ticketQueueUpdated").GetProperty("tickets").EnumerateArray().Select(t => t.GetProperty("organization").GetProperty("slug").GetString()!)];

    private static List<string> Bodies(JsonElement data)
        => [.. data.GetProperty("ticketUpdated").GetProperty("messages").GetProperty("nodes").EnumerateArray().Select(m => m.GetProperty("body").GetString()!)];

    private static void Dispose(IEnumerable<GraphQLSocket> sockets)
    {
        foreach (var socket in sockets)
        {
            socket.Dispose();
        }
    }
}
