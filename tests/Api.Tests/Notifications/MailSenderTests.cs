using System.Net;
using System.Text;
using System.Text.Json;
using KtPortal.Api.Notifications;
using KtPortal.Api.Seed;
using KtPortal.Domain.Persistence.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KtPortal.Api.Tests.Notifications;

/// <summary>
/// The outbox sent over SMTP to a real SMTP server: each mail once, with its headers; refusals for good given up,
/// refusals for now retried later, an unreachable server costing the mails no attempt, and two senders never sending
/// the same mail.
/// </summary>
public sealed class MailSenderTests : IAsyncLifetime
{
    private const string From = "noreply@portal.test";

    private readonly PostgresDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly List<IAsyncDisposable> _disposables = [];

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await new DatabaseMigrator(_database.DataSource).MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var disposable in _disposables)
        {
            await disposable.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    private PostgresMailOutbox Outbox => new(_database.DataSource, _clock);

    [Fact]
    public async Task Due_mails_are_sent_once_each_with_their_headers()
    {
        var server = await StartServerAsync();
        var ann = await Outbox.EnqueueAsync("ann@example.test", "Reset your password", "Open https://portal.test/reset?t=1", CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var bob = await Outbox.EnqueueAsync("Bob Jones <bob@example.test>", "Confirm your email", "Line one\nLine two", CancellationToken.None);
        var sender = Sender(server.Port);

        var report = await sender.RunOnceAsync(CancellationToken.None);

        Assert.Equal((2, 0, 0, 0), (report.Sent, report.Failed, report.GivenUp, report.Deferred));
        var messages = server.Messages.ToArray();
        Assert.Equal(2, messages.Length);
        Assert.Equal(["ann@example.test", "bob@example.test"], messages.Select(m => m.To.Mailboxes.Single().Address));
        Assert.All(messages, m => Assert.Equal(("KtPortal", From), (m.From.Mailboxes.Single().Name, m.From.Mailboxes.Single().Address)));
        Assert.Equal(["Reset your password", "Confirm your email"], messages.Select(m => m.Subject));
        Assert.Equal("Open https://portal.test/reset?t=1", messages[0].TextBody!.TrimEnd());
        Assert.Equal("Line one\nLine two", messages[1].TextBody!.ReplaceLineEndings("\n").TrimEnd());
        Assert.Equal([$"{ann:N}@portal.test", $"{bob:N}@portal.test"], messages.Select(m => m.MessageId));
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL"));

        // Nothing is sent twice.
        Assert.Equal(0, (await sender.RunOnceAsync(CancellationToken.None)).Sent);
        Assert.Equal(2, server.Messages.Count);
    }

    [Fact]
    public async Task A_subject_with_line_breaks_cannot_add_headers_or_recipients()
    {
        var server = await StartServerAsync();
        await Outbox.EnqueueAsync("ann@example.test", "Hello\r\nBcc: eve@evil.test\r\nX-Evil: 1", "Body", CancellationToken.None);

        Assert.Equal(1, (await Sender(server.Port).RunOnceAsync(CancellationToken.None)).Sent);

        var message = Assert.Single(server.Messages);
        Assert.Equal(["ann@example.test"], message.GetRecipients().Select(r => r.Address));
        Assert.Empty(message.Bcc);
        Assert.Null(message.Headers["X-Evil"]);
    }

    [Fact]
    public async Task A_mail_refused_for_good_is_given_up_and_the_others_still_go()
    {
        var server = await StartServerAsync();
        server.RefusesRecipient = address => address == "gone@example.test";
        var gone = await Outbox.EnqueueAsync("gone@example.test", "One", "1", CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await Outbox.EnqueueAsync("here@example.test", "Two", "2", CancellationToken.None);
        var sender = Sender(server.Port);

        var report = await sender.RunOnceAsync(CancellationToken.None);

        Assert.Equal((1, 0, 1), (report.Sent, report.Failed, report.GivenUp));
        Assert.Equal("here@example.test", Assert.Single(server.Messages).To.Mailboxes.Single().Address);
        var row = await _database.ScalarAsync<string>($"SELECT concat_ws('|', attempts, failed_at IS NOT NULL, sent_at IS NULL) FROM mail_outbox WHERE id = '{gone}'");
        Assert.Equal("1|t|t", row);
        Assert.StartsWith("550 ", await _database.ScalarAsync<string>($"SELECT last_error FROM mail_outbox WHERE id = '{gone}'"));

        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, (await sender.RunOnceAsync(CancellationToken.None)).GivenUp);
    }

    [Fact]
    public async Task An_address_that_cannot_be_parsed_is_given_up_without_reaching_the_server()
    {
        var server = await StartServerAsync();
        await Outbox.EnqueueAsync("not an address", "One", "1", CancellationToken.None);
        await Outbox.EnqueueAsync("a@b@c", "Two", "2", CancellationToken.None);

        var report = await Sender(server.Port).RunOnceAsync(CancellationToken.None);

        Assert.Equal((0, 2), (report.Sent, report.GivenUp));
        Assert.Empty(server.Messages);
        Assert.Equal(2L, await _database.ScalarAsync<long>("SELECT count(*) FROM mail_outbox WHERE failed_at IS NOT NULL AND last_error LIKE 'The recipient%'"));
    }

    [Fact]
    public async Task A_mail_refused_for_now_waits_longer_after_each_refusal_and_is_given_up_when_attempts_run_out()
    {
        var server = await StartServerAsync();
        server.RefuseNextMessages = 2;
        var id = await Outbox.EnqueueAsync("ann@example.test", "Hello", "Body", CancellationToken.None);
        var sender = Sender(server.Port);

        Assert.Equal(1, (await sender.RunOnceAsync(CancellationToken.None)).Failed);
        Assert.Equal(_clock.GetUtcNow().AddMinutes(1), await NextAttemptAsync(id));
        Assert.Equal(0, (await sender.RunOnceAsync(CancellationToken.None)).Failed + server.Messages.Count);

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await sender.RunOnceAsync(CancellationToken.None)).Failed);
        Assert.Equal(_clock.GetUtcNow().AddMinutes(2), await NextAttemptAsync(id));

        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, (await sender.RunOnceAsync(CancellationToken.None)).Sent);
        Assert.Single(server.Messages);
        Assert.Equal("2|t", await _database.ScalarAsync<string>($"SELECT concat_ws('|', attempts, sent_at IS NOT NULL) FROM mail_outbox WHERE id = '{id}'"));

        // With three attempts allowed, a mail refused three times is given up.
        server.RefuseNextMessages = int.MaxValue / 2;
        var doomed = await Outbox.EnqueueAsync("bob@example.test", "Hello", "Body", CancellationToken.None);
        var strict = Sender(server.Port, o => o.MaxAttempts = 3);
        for (var run = 0; run < 3; run++)
        {
            await strict.RunOnceAsync(CancellationToken.None);
            _clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal("3|t|t", await _database.ScalarAsync<string>($"SELECT concat_ws('|', attempts, failed_at IS NOT NULL, last_error LIKE '451 %') FROM mail_outbox WHERE id = '{doomed}'"));
    }

    [Fact]
    public async Task An_unreachable_server_costs_the_mails_no_attempt_and_they_go_once_it_is_back()
    {
        var port = SmtpTestServer.FreePort();
        await Outbox.EnqueueAsync("ann@example.test", "One", "1", CancellationToken.None);
        await Outbox.EnqueueAsync("bob@example.test", "Two", "2", CancellationToken.None);
        var sender = Sender(port);

        var report = await sender.RunOnceAsync(CancellationToken.None);
        Assert.Equal((0, 0, 2), (report.Sent, report.Failed, report.Deferred));
        Assert.Equal(2L, await _database.ScalarAsync<long>(
            "SELECT count(*) FROM mail_outbox WHERE attempts = 0 AND failed_at IS NULL AND claimed_until IS NULL AND last_error LIKE '%Exception:%'"));

        // The next try waits the poll interval, then twice that after another failure.
        Assert.Equal(0, (await sender.RunOnceAsync(CancellationToken.None)).Deferred);
        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(2, (await sender.RunOnceAsync(CancellationToken.None)).Deferred);
        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(0, (await sender.RunOnceAsync(CancellationToken.None)).Deferred);

        var server = await StartServerAsync(port);
        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(2, (await sender.RunOnceAsync(CancellationToken.None)).Sent);
        Assert.Equal(2, server.Messages.Count);
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT sum(attempts) FROM mail_outbox"));
    }

    [Fact]
    public async Task The_sender_authenticates_and_wrong_credentials_cost_no_attempt()
    {
        var server = await StartServerAsync(username: "mailer", password: "s3cret");
        await Outbox.EnqueueAsync("ann@example.test", "One", "1", CancellationToken.None);

        var wrong = await Sender(server.Port, o => (o.Username, o.Password) = ("mailer", "wrong")).RunOnceAsync(CancellationToken.None);
        Assert.Equal((0, 1), (wrong.Sent, wrong.Deferred));
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT sum(attempts) FROM mail_outbox"));

        _clock.Advance(TimeSpan.FromMinutes(1));
        var right = await Sender(server.Port, o => (o.Username, o.Password) = ("mailer", "s3cret")).RunOnceAsync(CancellationToken.None);
        Assert.Equal(1, right.Sent);
        Assert.Single(server.Messages);
    }

    [Fact]
    public async Task A_server_without_STARTTLS_is_not_used_in_the_clear_and_the_mails_wait()
    {
        // The test server offers no STARTTLS; the default security requires it.
        var server = await StartServerAsync();
        await Outbox.EnqueueAsync("ann@example.test", "One", "1", CancellationToken.None);

        var report = await Sender(server.Port, o => o.Security = SmtpSecurity.StartTls).RunOnceAsync(CancellationToken.None);

        Assert.Equal((0, 1), (report.Sent, report.Deferred));
        Assert.Empty(server.Messages);
        Assert.Equal(1L, await _database.ScalarAsync<long>(
            "SELECT count(*) FROM mail_outbox WHERE attempts = 0 AND failed_at IS NULL AND last_error LIKE '%STARTTLS%'"));
    }

    [Fact]
    public async Task Senders_running_at_once_send_every_mail_exactly_once()
    {
        var server = await StartServerAsync();
        var ids = new HashSet<string>();
        for (var i = 0; i < 60; i++)
        {
            ids.Add($"{await Outbox.EnqueueAsync($"user{i}@example.test", $"Mail {i}", "Body", CancellationToken.None):N}@portal.test");
        }

        // Two nodes, each running several passes at once, in small claims.
        var senders = new[] { Sender(server.Port, o => o.BatchSize = 4), Sender(server.Port, o => o.BatchSize = 4) };
        var reports = await Task.WhenAll(senders.SelectMany(s => Enumerable.Range(0, 3).Select(_ => Task.Run(() => s.RunOnceAsync(CancellationToken.None)))));

        Assert.Equal(60, reports.Sum(r => r.Sent));
        Assert.Equal(60, server.Messages.Count);
        Assert.True(ids.SetEquals(server.Messages.Select(m => m.MessageId ?? string.Empty)));
    }

    [Fact]
    public async Task Mails_whose_claim_runs_short_are_given_back_untried()
    {
        var server = await StartServerAsync();
        for (var i = 0; i < 3; i++)
        {
            await Outbox.EnqueueAsync($"user{i}@example.test", $"Mail {i}", "Body", CancellationToken.None);
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        // A lease of one minute with a 20-second timeout leaves 20 seconds to start sends; each send here takes 30.
        server.OnAccepted = () => _clock.Advance(TimeSpan.FromSeconds(30));
        var sender = Sender(server.Port, o => (o.ClaimLease, o.Timeout) = (TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(20)));

        var report = await sender.RunOnceAsync(CancellationToken.None);

        Assert.Equal((1, 2), (report.Sent, report.Deferred));
        Assert.Equal(2L, await _database.ScalarAsync<long>(
            "SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL AND attempts = 0 AND claimed_until IS NULL AND last_error IS NULL"));

        // They are due at once, and go one claim at a time.
        var second = await sender.RunOnceAsync(CancellationToken.None);
        Assert.Equal((1, 1), (second.Sent, second.Deferred));
        var third = await sender.RunOnceAsync(CancellationToken.None);
        Assert.Equal((1, 0), (third.Sent, third.Deferred));
        Assert.Equal(["Mail 0", "Mail 1", "Mail 2"], server.Messages.Select(m => m.Subject));
    }

    [Fact]
    public async Task Sent_and_given_up_mails_are_deleted_after_the_retention_and_pending_ones_stay()
    {
        var server = await StartServerAsync();
        server.RefusesRecipient = address => address == "gone@example.test";
        var sent = await Outbox.EnqueueAsync("ann@example.test", "One", "1", CancellationToken.None);
        var gone = await Outbox.EnqueueAsync("gone@example.test", "Two", "2", CancellationToken.None);
        var sender = Sender(server.Port, o => o.RetainFor = TimeSpan.FromDays(7));
        var first = await sender.RunOnceAsync(CancellationToken.None);
        Assert.Equal((1, 1, 0), (first.Sent, first.GivenUp, first.Purged));

        // A mail that cannot go out stays however old it gets.
        _clock.Advance(TimeSpan.FromDays(1));
        var pending = await Outbox.EnqueueAsync("bob@example.test", "Three", "3", CancellationToken.None);
        await _database.ScalarAsync<int>($"UPDATE mail_outbox SET next_attempt_at = now() + interval '1 year' WHERE id = '{pending}'");

        // Seven days after they were settled, the two are deleted: by the first purge after that (purges run hourly).
        _clock.Advance(TimeSpan.FromDays(6) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, (await sender.RunOnceAsync(CancellationToken.None)).Purged);
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(0, (await sender.RunOnceAsync(CancellationToken.None)).Purged);
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(2, (await sender.RunOnceAsync(CancellationToken.None)).Purged);

        Assert.Equal([pending.ToString()], await IdsAsync());
        Assert.DoesNotContain(sent.ToString(), await IdsAsync());
        Assert.DoesNotContain(gone.ToString(), await IdsAsync());
    }

    [Fact]
    public async Task A_password_reset_asked_for_over_GraphQL_reaches_the_mail_server()
    {
        // The whole path on the API host: the mutation writes the mail, the host's own sender job delivers it.
        var server = await StartServerAsync();
        await new DemoSeed(_database.DataSource).ApplyAsync();
        await using var api = new PortalFactory(_database.ConnectionString);
        await using var configured = api.WithWebHostBuilder(builder => builder
            .UseSetting("Smtp:Host", "127.0.0.1")
            .UseSetting("Smtp:Port", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("Smtp:Security", "None")
            .UseSetting("Smtp:From", From)
            .UseSetting("Smtp:PollInterval", "00:00:01"));
        using var client = configured.CreateClient();
        using var content = new StringContent(
            JsonSerializer.Serialize(new { query = """mutation { requestPasswordReset(input: { email: "owner@acme.test" }) { accepted } }""" }),
            Encoding.UTF8,
            "application/json");

        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (server.Messages.IsEmpty && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var message = Assert.Single(server.Messages);
        Assert.Equal("owner@acme.test", message.To.Mailboxes.Single().Address);
        Assert.Contains($"/account/reset-password?user={DemoSeed.IdOf("user", "owner@acme.test")}&token=", message.TextBody, StringComparison.Ordinal);
        deadline = DateTime.UtcNow.AddSeconds(10);
        while (await _database.ScalarAsync<long>("SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL") > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL"));
    }

    [Fact]
    public async Task Healthz_reports_mail_degraded_while_a_mail_waits_longer_than_allowed()
    {
        // A sender whose server is not there: the mail cannot leave.
        await using var api = new PortalFactory(_database.ConnectionString);
        await using var configured = api.WithWebHostBuilder(builder => builder
            .UseSetting("Smtp:Host", "127.0.0.1")
            .UseSetting("Smtp:Port", SmtpTestServer.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("Smtp:Security", "None")
            .UseSetting("Smtp:From", From)
            .UseSetting("Smtp:StaleAfter", "00:10:00"));
        using var client = configured.CreateClient();

        Assert.Equal("""{"status":"Healthy","checks":{"database":"Healthy","mail":"Healthy"}}""", await HealthAsync(client, HttpStatusCode.OK));

        var id = await Outbox.EnqueueAsync("ann@example.test", "Hello", "Body", CancellationToken.None);
        await _database.ScalarAsync<int>($"UPDATE mail_outbox SET created_at = now() - interval '9 minutes' WHERE id = '{id}'");
        Assert.Equal("""{"status":"Healthy","checks":{"database":"Healthy","mail":"Healthy"}}""", await HealthAsync(client, HttpStatusCode.OK));

        // Degraded still answers 200: a stuck mail server should raise an alert, not take the node out.
        await _database.ScalarAsync<int>($"UPDATE mail_outbox SET created_at = now() - interval '11 minutes' WHERE id = '{id}'");
        Assert.Equal("""{"status":"Degraded","checks":{"database":"Healthy","mail":"Degraded"}}""", await HealthAsync(client, HttpStatusCode.OK));

        // A given-up mail is no longer waiting.
        await Outbox.MarkFailedAsync(id, "550 no such user", retryAt: null, CancellationToken.None);
        Assert.Equal("""{"status":"Healthy","checks":{"database":"Healthy","mail":"Healthy"}}""", await HealthAsync(client, HttpStatusCode.OK));
    }

    [Theory]
    [InlineData("Smtp:RetainFor", "12:00:00", "Smtp:RetainFor must be at least one day.")]
    [InlineData("Smtp:StaleAfter", "00:00:30", "Smtp:StaleAfter must be at least one minute and more than Smtp:PollInterval.")]
    [InlineData("Smtp:From", "", "Smtp:From must be the sender's email address when Smtp:Host is set.")]
    [InlineData("Smtp:From", "not an address", "Smtp:From must be the sender's email address when Smtp:Host is set.")]
    [InlineData("Smtp:From", "KtPortal <noreply@portal.test>", "Smtp:From must be the sender's email address when Smtp:Host is set.")]
    [InlineData("Smtp:Port", "0", "Smtp:Port must be 1 to 65535.")]
    [InlineData("Smtp:Username", "mailer", "Smtp:Password must be set with Smtp:Username.")]
    [InlineData("Smtp:BatchSize", "0", "Smtp:BatchSize must be 1 to 1,000.")]
    [InlineData("Smtp:PollInterval", "00:00:00.5", "Smtp:PollInterval must be at least one second.")]
    [InlineData("Smtp:ClaimLease", "00:01:00", "Smtp:ClaimLease must be at least one minute and more than three times Smtp:Timeout.")]
    public void Bad_settings_are_refused_with_the_setting_named(string key, string value, string message)
    {
        var settings = new Dictionary<string, string?> { ["Smtp:Host"] = "smtp.example.test", ["Smtp:From"] = From, [key] = value };
        var services = new ServiceCollection().AddPortalNotifications(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SmtpOptions>>().Value);
        Assert.Contains(message, error.Failures);
    }

    [Fact]
    public void Without_a_host_sending_is_off_and_nothing_else_is_required()
    {
        var services = new ServiceCollection().AddPortalNotifications(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        Assert.False(provider.GetRequiredService<IOptions<SmtpOptions>>().Value.Enabled);
    }

    private async Task<SmtpTestServer> StartServerAsync(int? port = null, string? username = null, string? password = null)
    {
        var server = await SmtpTestServer.StartAsync(port, username, password);
        _disposables.Add(server);
        return server;
    }

    private async Task<string[]> IdsAsync()
        => (await _database.ScalarAsync<string>("SELECT coalesce(string_agg(id::text, ',' ORDER BY created_at), '') FROM mail_outbox"))!
            .Split(',', StringSplitOptions.RemoveEmptyEntries);

    private static async Task<string> HealthAsync(HttpClient client, HttpStatusCode expected)
    {
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private MailSender Sender(int port, Action<SmtpOptions>? configure = null)
    {
        var options = new SmtpOptions
        {
            Host = "127.0.0.1",
            Port = port,
            Security = SmtpSecurity.None,
            From = From,
            PollInterval = TimeSpan.FromSeconds(10),
            Timeout = TimeSpan.FromSeconds(10),
        };
        configure?.Invoke(options);
        var sender = new MailSender(Outbox, Options.Create(options), _clock, NullLogger<MailSender>.Instance);
        _disposables.Add(sender);
        return sender;
    }

    private async Task<DateTimeOffset> NextAttemptAsync(Guid id)
        => new(await _database.ScalarAsync<DateTime>($"SELECT next_attempt_at FROM mail_outbox WHERE id = '{id}'"), TimeSpan.Zero);
}
