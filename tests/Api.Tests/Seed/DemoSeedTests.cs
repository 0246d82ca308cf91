using KtPortal.Api.OAuth.Clients;
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
    public async Task ApplyAsync_LoadsMembershipsAndClientsWithHashedSecrets()
    {
        await new DemoSeed(_database.DataSource).ApplyAsync();

        Assert.Equal(DemoSeed.Memberships.Count, await _database.ScalarAsync<long>("SELECT count(*) FROM memberships"));
        Assert.Equal("PARTNER_ADMIN", await _database.ScalarAsync<string>(
            "SELECT m.role FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'partner@northwind.test'"));
        var hash = await _database.ScalarAsync<string>("SELECT secret_hash FROM oauth_clients WHERE client_id = 'partner-demo'");
        Assert.True(ClientSecretHasher.Verify(DemoSeed.PartnerClientSecret, hash));
        Assert.Equal(
            DemoSeed.IdOf("organization", "northwind"),
            await _database.ScalarAsync<Guid>("SELECT organization_id FROM oauth_clients WHERE client_id = 'partner-demo'"));
        Assert.Equal("PUBLIC", await _database.ScalarAsync<string>("SELECT client_type FROM oauth_clients WHERE client_id = 'portal-spa'"));
        Assert.Equal(0, await _database.ScalarAsync<long>("SELECT count(*) FROM oauth_clients WHERE client_id LIKE 'conformance-%'"));
    }

    [Fact]
    public async Task ApplyAsync_WithTestClients_AddsTheConformanceClients()
    {
        await new DemoSeed(_database.DataSource, includeTestClients: true).ApplyAsync();

        Assert.Equal(3, await _database.ScalarAsync<int>("SELECT access_token_lifetime_seconds FROM oauth_clients WHERE client_id = 'conformance-short-lived'"));
        Assert.Equal("ES256", await _database.ScalarAsync<string>("SELECT signing_algorithm FROM oauth_clients WHERE client_id = 'conformance-es256'"));
    }

    [Fact]
    public async Task PrepareDatabaseAsync_InProduction_RefusesTheSeed()
    {
        await using var factory = new PortalFactory(_database.ConnectionString, migrate: true, environment: "Production", seed: true);

        await KtPortal.Api.Hosting.PortalApplication.PrepareDatabaseAsync(factory.Services, CancellationToken.None);

        Assert.Equal(0, await _database.ScalarAsync<long>("SELECT count(*) FROM users"));
        Assert.Equal(0, await _database.ScalarAsync<long>("SELECT count(*) FROM oauth_clients"));
    }

    [Fact]
    public async Task PrepareDatabaseAsync_InTesting_LoadsTheSeedWithTheTestClients()
    {
        await using var factory = new PortalFactory(_database.ConnectionString, migrate: true, seed: true);

        await KtPortal.Api.Hosting.PortalApplication.PrepareDatabaseAsync(factory.Services, CancellationToken.None);

        Assert.Equal(1, await _database.ScalarAsync<long>("SELECT count(*) FROM oauth_clients WHERE client_id = 'conformance-es256'"));
    }

    [Fact]
    public void IdOf_IsStableAcrossCalls()
    {
        Assert.Equal(DemoSeed.IdOf("user", "owner@acme.test"), DemoSeed.IdOf("user", "owner@acme.test"));
        Assert.NotEqual(DemoSeed.IdOf("user", "owner@acme.test"), DemoSeed.IdOf("user", "owner@globex.test"));
    }
}
