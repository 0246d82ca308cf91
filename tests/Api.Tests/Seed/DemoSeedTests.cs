using KtPortal.Api.Seed;
using KtPortal.Domain.Persistence.Migrations;

namespace KtPortal.Api.Tests.Seed;

public sealed class DemoSeedTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await new DatabaseMigrator(_database.DataSource).MigrateAsync();
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task ApplyAsync_Twice_LoadsEachRecordOnce()
    {
        var seed = new DemoSeed(_database.DataSource);

        await seed.ApplyAsync();
        await seed.ApplyAsync();

        Assert.Equal(DemoSeed.Organizations.Count, await _database.ScalarAsync<long>("SELECT count(*) FROM organizations"));
        Assert.Equal(DemoSeed.Users.Count, await _database.ScalarAsync<long>("SELECT count(*) FROM users"));
        Assert.Equal(
            DemoSeed.IdOf("organization", "northwind"),
            await _database.ScalarAsync<Guid>("SELECT parent_organization_id FROM organizations WHERE slug = 'initech'"));
    }

    [Fact]
    public async Task ApplyAsync_FromManyProcessesAtOnce_NeitherFailsNorDuplicates()
    {
        var sources = Enumerable.Range(0, 6).Select(_ => _database.CreateDataSource()).ToArray();
        try
        {
            await Task.WhenAll(sources.Select(source => Task.Run(() => new DemoSeed(source).ApplyAsync())));
        }
        finally
        {
            foreach (var source in sources)
            {
                await source.DisposeAsync();
            }
        }

        Assert.Equal(DemoSeed.Organizations.Count, await _database.ScalarAsync<long>("SELECT count(*) FROM organizations"));
        Assert.Equal(DemoSeed.Users.Count, await _database.ScalarAsync<long>("SELECT count(*) FROM users"));
    }

    [Fact]
    public void IdOf_IsStableAcrossCalls()
    {
        Assert.Equal(DemoSeed.IdOf("user", "owner@acme.test"), DemoSeed.IdOf("user", "owner@acme.test"));
        Assert.NotEqual(DemoSeed.IdOf("user", "owner@acme.test"), DemoSeed.IdOf("user", "owner@globex.test"));
    }
}
