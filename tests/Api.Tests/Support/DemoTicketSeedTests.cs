using KtPortal.Api.Seed;
using KtPortal.Api.Support.Sla;
using KtPortal.Domain.Persistence.Migrations;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KtPortal.Api.Tests.Support;

/// <summary>The demo tickets: 200 of them across every status, loaded once however often (or concurrently) the seed runs.</summary>
public sealed class DemoTicketSeedTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task ApplyTicketsAsync_TwiceAndConcurrently_LoadsTheTicketsOnce_AcrossEveryStatus()
    {
        await new DatabaseMigrator(database.DataSource).MigrateAsync();
        var seed = new DemoSeed(database.DataSource);
        await seed.ApplyAsync();

        await Task.WhenAll(seed.ApplyTicketsAsync(), seed.ApplyTicketsAsync());
        await seed.ApplyTicketsAsync();

        Assert.Equal(DemoSeed.DemoTicketCount, await database.ScalarAsync<long>("SELECT count(*) FROM tickets"));
        Assert.Equal(6L, await database.ScalarAsync<long>("SELECT count(DISTINCT status) FROM tickets"));
        Assert.Equal(4L, await database.ScalarAsync<long>("SELECT count(DISTINCT priority) FROM tickets"));
        Assert.Equal(3L, await database.ScalarAsync<long>("SELECT count(DISTINCT organization_id) FROM tickets"));
        Assert.True(await database.ScalarAsync<long>("SELECT count(*) FROM ticket_messages WHERE internal") > 0);
        Assert.True(await database.ScalarAsync<long>("SELECT count(*) FROM ticket_ratings") > 0);
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM tickets WHERE status = 'WAITING_ON_CLIENT' AND sla_paused_at IS NULL"));
        Assert.Equal(
            $"{DemoSeed.IdOf("ticket", "0")}",
            await database.ScalarAsync<string>("SELECT id::text FROM tickets ORDER BY number LIMIT 1"));
    }

    [Fact]
    public async Task ApplyTicketsAsync_FlagsHistoricalBreaches_SoTheSlaJobsFirstScanNotifiesNoOne()
    {
        await new DatabaseMigrator(database.DataSource).MigrateAsync();
        var seed = new DemoSeed(database.DataSource);
        await seed.ApplyAsync();
        await seed.ApplyTicketsAsync();

        var scanner = new SlaBreachScanner(database.DataSource, new FakeTimeProvider(DateTimeOffset.UtcNow), Options.Create(new SlaOptions()));
        var breaches = await scanner.ScanAsync(default);

        Assert.True(await database.ScalarAsync<long>("SELECT count(*) FROM tickets WHERE first_response_breached OR resolution_breached") > 0);
        Assert.Empty(breaches);
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE kind = 'SLA_BREACHED'"));
    }
}
