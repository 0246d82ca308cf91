using System.Text.Json;
using KtPortal.Api.Notifications.GraphQL;
using KtPortal.Api.Seed;
using KtPortal.Api.Tests.Support;
using KtPortal.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.Api.Tests.Notifications;

/// <summary>
/// <c>viewer.notifications</c>, <c>unreadNotificationCount</c> and <c>markNotificationsRead</c> over HTTP: a user reads
/// and marks their own notifications and never another user's, staff included. Each test works with users no other
/// test of the class writes notifications for.
/// </summary>
public sealed class ViewerNotificationsTests(SupportApiFixture fixture) : IClassFixture<SupportApiFixture>
{
    private const string MarkRead = """
        mutation($ids: [ID!], $all: Boolean! = false) {
          markNotificationsRead(input: { ids: $ids, all: $all }) {
            markedCount unreadNotificationCount errors { __typename ... on Error { code path } }
          }
        }
        """;

    private static readonly NodeIdSerializer Ids = new();
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Notifications_pages_the_callers_own_newest_first_and_filters_unread()
    {
        var me = DemoSeed.IdOf("user", "owner@globex.test");
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await fixture.InsertNotificationAsync(me, $"n{i}", Start.AddMinutes(i), read: i == 1));
        }

        await fixture.InsertNotificationAsync(DemoSeed.IdOf("user", "owner@acme.test"), "someone else's", Start.AddMinutes(10));
        var token = await fixture.TokenAsync("owner@globex.test");

        var first = await fixture.PostAsync(
            "{ viewer { unreadNotificationCount notifications(first: 3) { totalCount nodes { id title readAt data } pageInfo { hasNextPage endCursor } } } }", token);
        var viewer = first.GetProperty("data").GetProperty("viewer");
        var page = viewer.GetProperty("notifications");
        Assert.Equal(4, viewer.GetProperty("unreadNotificationCount").GetInt32());
        Assert.Equal(5, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["n4", "n3", "n2"], Titles(page));
        Assert.Equal(Ids.Format("Notification", ids[4]), page.GetProperty("nodes")[0].GetProperty("id").GetString());
        Assert.Equal(1, page.GetProperty("nodes")[0].GetProperty("data").GetProperty("n").GetInt32());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var second = await fixture.PostAsync(
            "query($after: String) { viewer { notifications(first: 3, after: $after) { nodes { title } pageInfo { hasNextPage } } } }",
            token, new { after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString() });
        var rest = second.GetProperty("data").GetProperty("viewer").GetProperty("notifications");
        Assert.Equal(["n1", "n0"], Titles(rest));
        Assert.False(rest.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var unread = await fixture.PostAsync("{ viewer { notifications(unreadOnly: true) { nodes { title readAt } } } }", token);
        Assert.Equal(["n4", "n3", "n2", "n0"], Titles(unread.GetProperty("data").GetProperty("viewer").GetProperty("notifications")));
    }

    [Fact]
    public async Task MarkNotificationsRead_marks_the_given_ids_then_all_and_keeps_the_first_read_time()
    {
        var me = DemoSeed.IdOf("user", "admin@kre8ivtech.test");
        var a = await fixture.InsertNotificationAsync(me, "a", Start);
        var b = await fixture.InsertNotificationAsync(me, "b", Start.AddMinutes(1));
        await fixture.InsertNotificationAsync(me, "c", Start.AddMinutes(2));
        var token = await fixture.TokenAsync("admin@kre8ivtech.test");

        var byIds = await fixture.PostAsync(MarkRead, token, new { ids = new[] { Ids.Format("Notification", a), Ids.Format("Notification", b) } });
        var payload = byIds.GetProperty("data").GetProperty("markNotificationsRead");
        Assert.Equal(2, payload.GetProperty("markedCount").GetInt32());
        Assert.Equal(1, payload.GetProperty("unreadNotificationCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var firstRead = await ReadAtAsync(a);

        var again = await fixture.PostAsync(MarkRead, token, new { ids = new[] { Ids.Format("Notification", a) } });
        Assert.Equal(0, again.GetProperty("data").GetProperty("markNotificationsRead").GetProperty("markedCount").GetInt32());
        Assert.Equal(firstRead, await ReadAtAsync(a));

        var all = await fixture.PostAsync(MarkRead, token, new { all = true });
        Assert.Equal(1, all.GetProperty("data").GetProperty("markNotificationsRead").GetProperty("markedCount").GetInt32());
        Assert.Equal(0, all.GetProperty("data").GetProperty("markNotificationsRead").GetProperty("unreadNotificationCount").GetInt32());
    }

    [Fact]
    public async Task MarkNotificationsRead_with_another_users_id_is_NotificationNotFound_and_marks_nothing()
    {
        var mine = await fixture.InsertNotificationAsync(DemoSeed.IdOf("user", "partner@northwind.test"), "mine", Start);
        var theirs = await fixture.InsertNotificationAsync(DemoSeed.IdOf("user", "owner@acme.test"), "theirs", Start);
        var token = await fixture.TokenAsync("partner@northwind.test");

        var response = await fixture.PostAsync(MarkRead, token, new { ids = new[] { Ids.Format("Notification", mine), Ids.Format("Notification", theirs) } });

        var payload = response.GetProperty("data").GetProperty("markNotificationsRead");
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("NotificationNotFoundError", error.GetProperty("__typename").GetString());
        Assert.Equal("NOTIFICATION_NOT_FOUND", error.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("markedCount").ValueKind);
        Assert.Null(await ReadAtAsync(mine));
        Assert.Null(await ReadAtAsync(theirs));
    }

    [Theory]
    [InlineData("{ \"all\": true, \"ids\": [] }")]
    [InlineData("{ \"all\": false }")]
    [InlineData("{ \"ids\": [] }")]
    public async Task MarkNotificationsRead_needs_either_ids_or_all(string variables)
    {
        var token = await fixture.TokenAsync("owner@globex.test");

        var response = await fixture.PostAsync(MarkRead, token, JsonDocument.Parse(variables).RootElement);

        var error = Assert.Single(response.GetProperty("data").GetProperty("markNotificationsRead").GetProperty("errors").EnumerateArray());
        Assert.Equal("InvalidNotificationSelectionError", error.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Staff_read_only_their_own_notifications_and_not_anothers_by_node_id()
    {
        var agents = await fixture.InsertNotificationAsync(DemoSeed.IdOf("user", "agent@kre8ivtech.test"), "the agent's", Start);
        var token = await fixture.TokenAsync("admin@kre8ivtech.test");

        var response = await fixture.PostAsync(
            "query($id: ID!) { viewer { notifications { nodes { title } } } node(id: $id) { id } }", token, new { id = Ids.Format("Notification", agents) });

        Assert.DoesNotContain("the agent's", Titles(response.GetProperty("data").GetProperty("viewer").GetProperty("notifications")));
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty("node").ValueKind);

        var own = await fixture.PostAsync("query($id: ID!) { node(id: $id) { ... on Notification { title } } }", await fixture.TokenAsync("agent@kre8ivtech.test"), new { id = Ids.Format("Notification", agents) });
        Assert.Equal("the agent's", own.GetProperty("data").GetProperty("node").GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_client_acting_for_itself_has_no_notifications()
    {
        var response = await fixture.PostAsync("{ viewer { unreadNotificationCount notifications { totalCount } } }", await fixture.ClientTokenAsync());

        var viewer = response.GetProperty("data").GetProperty("viewer");
        Assert.Equal(0, viewer.GetProperty("unreadNotificationCount").GetInt32());
        Assert.Equal(0, viewer.GetProperty("notifications").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Each_isolation_layer_alone_shows_a_user_only_their_own_notifications(bool applicationFilter, bool rowLevelSecurity)
    {
        var viewer = await fixture.ViewerAsync("owner@acme.test");
        await fixture.InsertNotificationAsync(DemoSeed.IdOf("user", "member@acme.test"), "a co-member's", Start);
        var (options, database) = fixture.Layers(applicationFilter, rowLevelSecurity);
        var scope = new NotificationScope(options);

        var owners = await database.RunAsync(viewer, (db, ct) => scope.Notifications(db.Notifications, viewer).Select(n => n.UserId).Distinct().ToListAsync(ct), default);

        Assert.All(owners, id => Assert.Equal(viewer.UserId, id));
    }

    [Fact]
    public async Task With_both_layers_off_other_users_notifications_show_so_the_layer_tests_can_fail()
    {
        var viewer = await fixture.ViewerAsync("owner@acme.test");
        await fixture.InsertNotificationAsync(DemoSeed.IdOf("user", "member@acme.test"), "a co-member's", Start);
        var (options, database) = fixture.Layers(applicationFilter: false, rowLevelSecurity: false);
        var scope = new NotificationScope(options);

        var owners = await database.RunAsync(viewer, (db, ct) => scope.Notifications(db.Notifications, viewer).Select(n => n.UserId).Distinct().ToListAsync(ct), default);

        Assert.Contains(owners, id => id != viewer.UserId);
    }

    private static List<string> Titles(JsonElement connection)
        => [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()!)];

    private Task<DateTime?> ReadAtAsync(Guid id)
        => fixture.Database.ScalarAsync<DateTime?>($"SELECT read_at FROM notifications WHERE id = '{id}'");
}
