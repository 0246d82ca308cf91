using KtPortal.Api.Plans;
using KtPortal.Api.Seed;
using KtPortal.Api.Tenancy;
using KtPortal.Domain.Persistence.Migrations;
using Microsoft.Extensions.Options;

namespace KtPortal.Api.Tests.Plans;

/// <summary>The demo plans on the desk's demo tickets: the catalogue, Acme and Globex on plans, time on the tickets; loading twice adds nothing.</summary>
public sealed class PlanSeedTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await new DatabaseMigrator(_database.DataSource).MigrateAsync();
        await new DemoSeed(_database.DataSource).ApplyAsync();

        await new DemoSeed(_database.DataSource).ApplyTicketsAsync();
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Loading_the_plans_twice_and_concurrently_adds_nothing_the_second_time()
    {
        var seed = new DemoSeed(_database.DataSource);
        await Task.WhenAll(seed.ApplyPlansAsync(), seed.ApplyPlansAsync());
        var counts = await CountsAsync();

        await seed.ApplyPlansAsync();

        Assert.Equal(counts, await CountsAsync());
        Assert.Equal((3L, 2L), (counts[0], counts[1]));
        Assert.True(counts[2] > DemoSeed.DemoTicketCount);
        Assert.Equal(counts[2], counts[3]);
        Assert.Equal(0L, await _database.ScalarAsync<long>(
            "SELECT count(*) FROM time_entries e JOIN tickets t ON t.id = e.ticket_id WHERE t.status = 'NEW'"));
    }

    [Fact]
    public async Task Acme_is_on_Basic_Maintenance_and_has_used_seven_of_ten_hours_this_month()
    {
        await new DemoSeed(_database.DataSource).ApplyPlansAsync();
        var options = Options.Create(new TenancyOptions());
        var reader = new PlanUsageReader(_database.DataSource, new TenantDatabase(_database.DataSource, options), new PlanScope(new TenantScope(options)), TimeProvider.System);
        var owner = await new ViewerResolver(_database.DataSource).ResolveAsync(
            Tenancy.TenantFixture.Principal(DemoSeed.IdOf("user", "owner@acme.test").ToString("D"), DemoSeed.SpaClientId, null), default);

        var usage = await reader.ReadAsync(owner, DemoSeed.IdOf("organization", "acme"), on: null, default);

        Assert.Equal("Basic Maintenance", usage!.Plan.Name);
        Assert.Equal(600, usage.Usage.IncludedMinutes);
        Assert.Equal(420, usage.Usage.UsedMinutes);
        Assert.Equal(["TROUBLESHOOTING"], usage.Plan.CoveredTicketTypes);
        Assert.Equal("Growth Maintenance", await _database.ScalarAsync<string>(
            $"SELECT p.name FROM client_plans c JOIN maintenance_plans p ON p.id = c.plan_id WHERE c.organization_id = '{DemoSeed.IdOf("organization", "globex")}'"));
    }

    private async Task<long[]> CountsAsync() =>
    [
        await _database.ScalarAsync<long>("SELECT count(*) FROM maintenance_plans"),
        await _database.ScalarAsync<long>("SELECT count(*) FROM client_plans"),
        await _database.ScalarAsync<long>("SELECT count(*) FROM time_entries"),
        await _database.ScalarAsync<long>("SELECT count(*) FROM ticket_events WHERE kind = 'TIME_LOGGED'"),
        await _database.ScalarAsync<long>("SELECT count(*) FROM billing_periods"),
    ];
}
