using System.Security.Claims;
using KtPortal.Api.Seed;
using KtPortal.Api.Tenancy;
using KtPortal.Domain.Persistence.Migrations;
using Microsoft.Extensions.Options;

namespace KtPortal.Api.Tests.Tenancy;

/// <summary>A migrated database with the demo seed, and the tenancy services over it with either layer switched off.</summary>
public sealed class TenantFixture : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    public PostgresDatabase Database => _database;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await new DatabaseMigrator(_database.DataSource).MigrateAsync();
        await new DemoSeed(_database.DataSource).ApplyAsync();
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    /// <summary>The application filter and row-level security, each on or off.</summary>
    public (TenantScope Scope, TenantDatabase Database) Layers(bool applicationFilter, bool rowLevelSecurity)
    {
        var options = Options.Create(new TenancyOptions
        {
            ApplicationFilter = applicationFilter,
            // Without the switch the test login, a superuser, bypasses row-level security: the database layer is off.
            DatabaseRole = rowLevelSecurity ? TenancyOptions.DefaultDatabaseRole : string.Empty,
        });
        return (new TenantScope(options), new TenantDatabase(_database.DataSource, options));
    }

    /// <summary>The viewer of a user token for <paramref name="email"/>, as the API resolves it.</summary>
    public Task<Viewer> UserAsync(string email)
        => new ViewerResolver(_database.DataSource).ResolveAsync(Principal(DemoSeed.IdOf("user", email).ToString("D"), "portal-spa", null), default);

    /// <summary>The viewer of the partner-demo client's client-credentials token.</summary>
    public Task<Viewer> PartnerClientAsync()
        => new ViewerResolver(_database.DataSource).ResolveAsync(
            Principal(DemoSeed.PartnerClientId, DemoSeed.PartnerClientId, DemoSeed.IdOf("organization", "northwind")), default);

    public static ClaimsPrincipal Principal(string subject, string clientId, Guid? organizationId)
    {
        var identity = new ClaimsIdentity("Bearer", "sub", "roles");
        identity.AddClaim(new Claim("sub", subject));
        identity.AddClaim(new Claim("client_id", clientId));
        identity.AddClaim(new Claim("scope", "api:read"));
        identity.AddClaim(new Claim("scope", "api:write"));
        if (organizationId is { } id)
        {
            identity.AddClaim(new Claim("org_id", id.ToString("D")));
        }

        return new ClaimsPrincipal(identity);
    }
}
