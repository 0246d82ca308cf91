using KtPortal.Api.Notifications;
using KtPortal.Domain.Persistence.Migrations;
using Microsoft.Extensions.Time.Testing;

namespace KtPortal.Api.Tests.Notifications;

/// <summary>Mails are rows first: enqueued unsent, handed to a sender oldest first, and marked sent or failed.</summary>
public sealed class MailOutboxTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await new DatabaseMigrator(_database.DataSource).MigrateAsync();
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    private PostgresMailOutbox Outbox => new(_database.DataSource, _clock);

    [Fact]
    public async Task EnqueueAsync_writes_an_unsent_row_with_no_attempts()
    {
        var id = await Outbox.EnqueueAsync("ann@example.test", "Reset your password", "Open this link.", CancellationToken.None);

        Assert.Equal(
            "ann@example.test|Reset your password|Open this link.|2026-03-01 09:00:00+00|0|t|t",
            await _database.ScalarAsync<string>(
                $"""
                SET TIME ZONE 'UTC';
                SELECT concat_ws('|', "to", subject, text_body, created_at, attempts, sent_at IS NULL, last_error IS NULL)
                FROM mail_outbox WHERE id = '{id}'
                """));
    }

    [Fact]
    public async Task UnsentAsync_returns_the_oldest_unsent_first_and_skips_sent_ones()
    {
        var first = await Outbox.EnqueueAsync("a@example.test", "One", "1", CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var second = await Outbox.EnqueueAsync("b@example.test", "Two", "2", CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var third = await Outbox.EnqueueAsync("c@example.test", "Three", "3", CancellationToken.None);

        await Outbox.MarkSentAsync(second, CancellationToken.None);

        Assert.Equal([first, third], (await Outbox.UnsentAsync(10, CancellationToken.None)).Select(m => m.Id));
        Assert.Equal([first], (await Outbox.UnsentAsync(1, CancellationToken.None)).Select(m => m.Id));
        Assert.Equal(1L, await _database.ScalarAsync<long>($"SELECT count(*) FROM mail_outbox WHERE id = '{second}' AND sent_at IS NOT NULL"));
    }

    [Fact]
    public async Task MarkFailedAsync_counts_attempts_keeps_the_last_error_and_leaves_the_mail_unsent()
    {
        var id = await Outbox.EnqueueAsync("d@example.test", "Hello", "Body", CancellationToken.None);

        await Outbox.MarkFailedAsync(id, "connection refused", _clock.GetUtcNow().AddMinutes(1), CancellationToken.None);
        await Outbox.MarkFailedAsync(id, new string('x', 5000), _clock.GetUtcNow().AddMinutes(2), CancellationToken.None);

        var mail = Assert.Single(await Outbox.UnsentAsync(10, CancellationToken.None));
        Assert.Equal(2, mail.Attempts);
        Assert.Equal(1000, await _database.ScalarAsync<int>($"SELECT length(last_error) FROM mail_outbox WHERE id = '{id}'"));
    }

    [Fact]
    public async Task A_given_up_mail_is_no_longer_pending_and_keeps_its_error()
    {
        var id = await Outbox.EnqueueAsync("e@example.test", "Hello", "Body", CancellationToken.None);

        await Outbox.MarkFailedAsync(id, "550 no such user", retryAt: null, CancellationToken.None);
        await Outbox.MarkSentAsync(id, CancellationToken.None);

        Assert.Empty(await Outbox.UnsentAsync(10, CancellationToken.None));
        Assert.Empty(await Outbox.ClaimAsync(10, TimeSpan.FromMinutes(5), CancellationToken.None));
        Assert.Equal(
            "1|550 no such user|t|t",
            await _database.ScalarAsync<string>(
                $"SELECT concat_ws('|', attempts, last_error, failed_at IS NOT NULL, sent_at IS NULL) FROM mail_outbox WHERE id = '{id}'"));
    }

    [Fact]
    public async Task ClaimAsync_takes_the_oldest_due_mails_once_until_the_lease_ends()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await Outbox.EnqueueAsync($"m{i}@example.test", "Hi", "Body", CancellationToken.None));
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        // The second mail failed and waits a minute; the others are due.
        await Outbox.MarkFailedAsync(ids[1], "451 later", _clock.GetUtcNow().AddMinutes(1), CancellationToken.None);

        var lease = TimeSpan.FromMinutes(5);
        Assert.Equal([ids[0], ids[2]], (await Outbox.ClaimAsync(2, lease, CancellationToken.None)).Select(m => m.Id));
        Assert.Equal([ids[3], ids[4]], (await Outbox.ClaimAsync(10, lease, CancellationToken.None)).Select(m => m.Id));
        Assert.Empty(await Outbox.ClaimAsync(10, lease, CancellationToken.None));

        // A minute on, the failed mail is due; the leases still hold the others.
        _clock.Advance(TimeSpan.FromMinutes(1));
        var retried = Assert.Single(await Outbox.ClaimAsync(10, lease, CancellationToken.None));
        Assert.Equal((ids[1], 1), (retried.Id, retried.Attempts));

        // Once the leases end, unsent mails can be claimed again (their sender died); sent ones cannot.
        await Outbox.MarkSentAsync(ids[0], CancellationToken.None);
        _clock.Advance(lease);
        Assert.Equal([ids[1], ids[2], ids[3], ids[4]], (await Outbox.ClaimAsync(10, lease, CancellationToken.None)).Select(m => m.Id));
    }

    [Fact]
    public async Task Concurrent_claims_never_take_the_same_mail()
    {
        for (var i = 0; i < 200; i++)
        {
            await Outbox.EnqueueAsync($"c{i}@example.test", "Hi", "Body", CancellationToken.None);
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            // Bounded, so that claims handing out the same mails again fail the test instead of looping.
            var mine = new List<Guid>();
            for (var i = 0; i < 100 && await Outbox.ClaimAsync(7, TimeSpan.FromMinutes(5), CancellationToken.None) is { Count: > 0 } claimed; i++)
            {
                mine.AddRange(claimed.Select(m => m.Id));
            }

            return mine;
        })));

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(200, all.Count);
        Assert.Equal(200, all.Distinct().Count());
    }

    [Fact]
    public async Task DeferAsync_gives_mails_back_without_counting_an_attempt()
    {
        var id = await Outbox.EnqueueAsync("f@example.test", "Hello", "Body", CancellationToken.None);
        Assert.Single(await Outbox.ClaimAsync(10, TimeSpan.FromMinutes(5), CancellationToken.None));

        await Outbox.DeferAsync([id], "SocketException: Connection refused", _clock.GetUtcNow().AddSeconds(30), CancellationToken.None);
        Assert.Empty(await Outbox.ClaimAsync(10, TimeSpan.FromMinutes(5), CancellationToken.None));
        _clock.Advance(TimeSpan.FromSeconds(30));
        var mail = Assert.Single(await Outbox.ClaimAsync(10, TimeSpan.FromMinutes(5), CancellationToken.None));
        Assert.Equal(0, mail.Attempts);

        // Given back with no error of its own (a lease ran short), the last error stays.
        await Outbox.DeferAsync([id], error: null, _clock.GetUtcNow(), CancellationToken.None);
        Assert.Equal("SocketException: Connection refused", await _database.ScalarAsync<string>($"SELECT last_error FROM mail_outbox WHERE id = '{id}'"));
    }

    [Fact]
    public async Task The_application_role_cannot_read_the_outbox()
    {
        // Bodies carry single-use links, so a query running as the tenant role must not see them.
        Assert.False(await _database.ScalarAsync<bool>("SELECT has_table_privilege('ktportal_app', 'mail_outbox', 'SELECT')"));
    }
}
