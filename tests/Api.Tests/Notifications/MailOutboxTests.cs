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

        await Outbox.MarkFailedAsync(id, "connection refused", CancellationToken.None);
        await Outbox.MarkFailedAsync(id, new string('x', 5000), CancellationToken.None);

        var mail = Assert.Single(await Outbox.UnsentAsync(10, CancellationToken.None));
        Assert.Equal(2, mail.Attempts);
        Assert.Equal(1000, await _database.ScalarAsync<int>($"SELECT length(last_error) FROM mail_outbox WHERE id = '{id}'"));
    }

    [Fact]
    public async Task The_application_role_cannot_read_the_outbox()
    {
        // Bodies carry single-use links, so a query running as the tenant role must not see them.
        Assert.False(await _database.ScalarAsync<bool>("SELECT has_table_privilege('ktportal_app', 'mail_outbox', 'SELECT')"));
    }
}
