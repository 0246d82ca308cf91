using System.Text.Json;
using KtPortal.Api.Seed;
using KtPortal.Api.Tests.Support;
using KtPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KtPortal.Api.Tests.Notifications;

/// <summary>
/// <c>viewer.notificationPreferences</c> and <c>updateNotificationPreferences</c> over HTTP, and what the database does
/// with them when a notification is inserted: the email channel puts a mail in the outbox, the in-app channel decides
/// whether <c>viewer.notifications</c> shows it. Each test works with a user no other test of the class uses.
/// </summary>
public sealed class NotificationPreferencesTests(SupportApiFixture fixture) : IClassFixture<SupportApiFixture>
{
    private const string Read = "{ viewer { notificationPreferences { kind inApp email updatedAt } } }";

    private const string Update = """
        mutation($preferences: [NotificationPreferenceInput!]!) {
          updateNotificationPreferences(input: { preferences: $preferences }) {
            notificationPreferences { kind inApp email updatedAt }
            errors { __typename ... on Error { message code path } }
          }
        }
        """;

    private static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Every_kind_is_listed_and_on_in_both_channels_until_set()
    {
        var token = await fixture.TokenAsync("owner@globex.test");

        var response = await fixture.PostAsync(Read, token);

        var preferences = response.GetProperty("data").GetProperty("viewer").GetProperty("notificationPreferences").EnumerateArray().ToList();
        Assert.Equal(["SLA_BREACHED", "PLAN_USAGE_WARNING", "PLAN_USAGE_EXHAUSTED"], preferences.Select(p => p.GetProperty("kind").GetString()));
        Assert.All(preferences, p =>
        {
            Assert.True(p.GetProperty("inApp").GetBoolean());
            Assert.True(p.GetProperty("email").GetBoolean());
            Assert.Equal(JsonValueKind.Null, p.GetProperty("updatedAt").ValueKind);
        });
    }

    [Fact]
    public async Task Update_sets_the_given_kinds_keeps_the_others_and_reads_back()
    {
        var token = await fixture.TokenAsync("billing@kre8ivtech.test");

        var first = await fixture.PostAsync(Update, token, new { preferences = new[] { new { kind = "PLAN_USAGE_WARNING", inApp = true, email = false } } });
        var second = await fixture.PostAsync(Update, token, new { preferences = new[] { new { kind = "PLAN_USAGE_EXHAUSTED", inApp = false, email = true } } });

        var payload = second.GetProperty("data").GetProperty("updateNotificationPreferences");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("data").GetProperty("updateNotificationPreferences").GetProperty("errors").ValueKind);
        var expected = new[] { ("SLA_BREACHED", true, true, false), ("PLAN_USAGE_WARNING", true, false, true), ("PLAN_USAGE_EXHAUSTED", false, true, true) };
        Assert.Equal(expected, Preferences(payload.GetProperty("notificationPreferences")));
        var read = await fixture.PostAsync(Read, token);
        Assert.Equal(expected, Preferences(read.GetProperty("data").GetProperty("viewer").GetProperty("notificationPreferences")));
    }

    [Fact]
    public async Task A_notification_is_emailed_to_its_recipient_unless_email_is_off_for_its_kind()
    {
        var user = DemoSeed.IdOf("user", "agent@kre8ivtech.test");
        var token = await fixture.TokenAsync("agent@kre8ivtech.test");
        await fixture.PostAsync(Update, token, new { preferences = new[] { new { kind = "PLAN_USAGE_WARNING", inApp = true, email = false } } });
        var muted = $"muted {Guid.NewGuid():N}";
        var sent = $"sent {Guid.NewGuid():N}";

        await fixture.InsertNotificationAsync(user, muted, Start, kind: NotificationKinds.PlanUsageWarning);
        await fixture.InsertNotificationAsync(user, sent, Start, kind: NotificationKinds.SlaBreached);

        Assert.Empty(await MailsAsync(muted));
        var mail = Assert.Single(await MailsAsync(sent));
        Assert.Equal("agent@kre8ivtech.test", mail.To);
        Assert.Contains(sent, mail.Body, StringComparison.Ordinal);
        Assert.Contains("body", mail.Body, StringComparison.Ordinal);
        Assert.Contains("notification preferences", mail.Body, StringComparison.Ordinal);

        // Both stay in the app: only email was turned off.
        var titles = await TitlesAsync(token);
        Assert.Contains(muted, titles);
        Assert.Contains(sent, titles);
    }

    [Fact]
    public async Task In_app_off_keeps_the_notification_but_shows_it_nowhere_in_the_app()
    {
        var user = DemoSeed.IdOf("user", "partner@northwind.test");
        var token = await fixture.TokenAsync("partner@northwind.test");
        var before = await UnreadAsync(token);
        await fixture.PostAsync(Update, token, new { preferences = new[] { new { kind = "SLA_BREACHED", inApp = false, email = true } } });
        var hidden = $"hidden {Guid.NewGuid():N}";

        var id = await fixture.InsertNotificationAsync(user, hidden, Start, kind: NotificationKinds.SlaBreached);

        Assert.DoesNotContain(hidden, await TitlesAsync(token));
        Assert.Equal(before, await UnreadAsync(token));
        Assert.False(await fixture.Database.ScalarAsync<bool>($"SELECT in_app FROM notifications WHERE id = '{id}'"));
        Assert.Single(await MailsAsync(hidden));
    }

    [Fact]
    public async Task A_repeat_stopped_by_its_dedupe_key_sends_no_second_mail()
    {
        var user = DemoSeed.IdOf("user", "member@acme.test");
        var title = $"once {Guid.NewGuid():N}";
        const string Insert = """
            INSERT INTO notifications (id, user_id, organization_id, kind, title, body, data, created_at, dedupe_key)
            VALUES (gen_random_uuid(), $1, NULL, 'PLAN_USAGE_EXHAUSTED', $2, 'body', '{}', now(), $2)
            ON CONFLICT (dedupe_key) DO NOTHING
            """;

        for (var i = 0; i < 2; i++)
        {
            await using var command = fixture.DataSource.CreateCommand(Insert);
            command.Parameters.Add(new NpgsqlParameter { Value = user });
            command.Parameters.Add(new NpgsqlParameter { Value = title });
            await command.ExecuteNonQueryAsync();
        }

        Assert.Single(await MailsAsync(title));
    }

    [Theory]
    [InlineData("[]", "Give 1 to 3 preferences.")]
    [InlineData("""[{"kind":"SLA_BREACHED","inApp":true,"email":false},{"kind":"SLA_BREACHED","inApp":false,"email":false}]""", "SLA_BREACHED is given more than once.")]
    public async Task Bad_input_is_InvalidNotificationPreferencesError_and_changes_nothing(string preferences, string message)
    {
        var token = await fixture.TokenAsync("owner@globex.test");

        var response = await fixture.PostAsync(Update, token, new { preferences = JsonDocument.Parse(preferences).RootElement });

        var payload = response.GetProperty("data").GetProperty("updateNotificationPreferences");
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("InvalidNotificationPreferencesError", error.GetProperty("__typename").GetString());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(["input", "preferences"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("notificationPreferences").ValueKind);
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM notification_preferences WHERE user_id = '{DemoSeed.IdOf("user", "owner@globex.test")}'"));
    }

    [Fact]
    public async Task An_unknown_kind_is_a_validation_error()
    {
        var token = await fixture.TokenAsync("owner@globex.test");

        var response = await fixture.PostAsync(Update, token, new { preferences = new[] { new { kind = "EVERYTHING", inApp = true, email = true } } });

        Assert.False(response.TryGetProperty("data", out _));
        Assert.Contains("EVERYTHING", response.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_acting_for_itself_has_no_preferences_and_cannot_set_any()
    {
        var token = await fixture.ClientTokenAsync();

        var read = await fixture.PostAsync(Read, token);
        var update = await fixture.PostAsync(Update, token, new { preferences = new[] { new { kind = "SLA_BREACHED", inApp = true, email = false } } });

        Assert.Empty(read.GetProperty("data").GetProperty("viewer").GetProperty("notificationPreferences").EnumerateArray());
        var error = Assert.Single(update.GetProperty("data").GetProperty("updateNotificationPreferences").GetProperty("errors").EnumerateArray());
        Assert.Equal("InvalidNotificationPreferencesError", error.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Without_a_token_the_mutation_is_not_authenticated()
    {
        var response = await fixture.PostAsync(Update, null, new { preferences = new[] { new { kind = "SLA_BREACHED", inApp = true, email = false } } });

        Assert.Equal("AUTH_NOT_AUTHENTICATED", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Concurrent_updates_of_different_kinds_all_stay()
    {
        var token = await fixture.TokenAsync("owner@acme.test");
        var kinds = new[] { "SLA_BREACHED", "PLAN_USAGE_WARNING", "PLAN_USAGE_EXHAUSTED" };

        // Each request sets one kind; 3 rounds of the three in parallel, the last round turning email off.
        for (var round = 0; round < 3; round++)
        {
            var email = round < 2;
            var responses = await Task.WhenAll(kinds.Select(kind =>
                fixture.PostAsync(Update, token, new { preferences = new[] { new { kind, inApp = true, email } } })));
            Assert.All(responses, r => Assert.Equal(
                JsonValueKind.Null, r.GetProperty("data").GetProperty("updateNotificationPreferences").GetProperty("errors").ValueKind));
        }

        var read = await fixture.PostAsync(Read, token);
        Assert.All(read.GetProperty("data").GetProperty("viewer").GetProperty("notificationPreferences").EnumerateArray(),
            p => Assert.False(p.GetProperty("email").GetBoolean()));
    }

    [Fact]
    public async Task Row_level_security_keeps_each_users_preferences_their_own()
    {
        var mine = DemoSeed.IdOf("user", "owner@globex.test");
        var theirs = DemoSeed.IdOf("user", "owner@acme.test");
        await using (var command = fixture.DataSource.CreateCommand("""
            INSERT INTO notification_preferences (user_id, kind, in_app, email, updated_at) VALUES ($1, 'SLA_BREACHED', true, false, now())
            ON CONFLICT (user_id, kind) DO NOTHING
            """))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = theirs });
            await command.ExecuteNonQueryAsync();
        }

        var (_, database) = fixture.Layers(applicationFilter: false, rowLevelSecurity: true);
        var viewer = await fixture.ViewerAsync("owner@globex.test");

        var visible = await database.RunAsync(viewer, (db, ct) => db.NotificationPreferences.Select(p => p.UserId).Distinct().ToListAsync(ct), default);
        var write = await Assert.ThrowsAsync<PostgresException>(() => database.RunAsync(viewer, (db, ct) => db.Database.ExecuteSqlAsync(
            $"INSERT INTO notification_preferences (user_id, kind, in_app, email, updated_at) VALUES ({theirs}, 'PLAN_USAGE_WARNING', false, false, now())", ct), default));

        Assert.DoesNotContain(theirs, visible);
        Assert.All(visible, id => Assert.Equal(mine, id));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, write.SqlState);
    }

    private static List<(string, bool, bool, bool)> Preferences(JsonElement list)
        => [.. list.EnumerateArray().Select(p => (
            p.GetProperty("kind").GetString()!,
            p.GetProperty("inApp").GetBoolean(),
            p.GetProperty("email").GetBoolean(),
            p.GetProperty("updatedAt").ValueKind == JsonValueKind.String))];

    private async Task<List<string>> TitlesAsync(string token)
    {
        var response = await fixture.PostAsync("{ viewer { notifications(first: 100) { nodes { title } } } }", token);
        return [.. response.GetProperty("data").GetProperty("viewer").GetProperty("notifications").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("title").GetString()!)];
    }

    private async Task<int> UnreadAsync(string token)
        => (await fixture.PostAsync("{ viewer { unreadNotificationCount } }", token))
            .GetProperty("data").GetProperty("viewer").GetProperty("unreadNotificationCount").GetInt32();

    private async Task<List<(string To, string Body)>> MailsAsync(string subject)
    {
        await using var command = fixture.DataSource.CreateCommand("SELECT \"to\", text_body FROM mail_outbox WHERE subject = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = subject });
        await using var reader = await command.ExecuteReaderAsync();
        var mails = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            mails.Add((reader.GetString(0), reader.GetString(1)));
        }

        return mails;
    }
}
