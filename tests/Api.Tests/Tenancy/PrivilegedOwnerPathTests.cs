using KtPortal.Api.Seed;
using KtPortal.Api.Tenancy;
using KtPortal.Domain.Persistence;
using KtPortal.Domain.Persistence.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KtPortal.Api.Tests.Tenancy;

/// <summary>
/// A production-like database owned by a login that is not a superuser (superusers bypass row-level security, so
/// the other tests cannot show this): the owner's paths that read across tenants before one is known (sign-in by
/// email, the viewer's organizations, the seed) still work under FORCE ROW LEVEL SECURITY through the explicit
/// owner policies, and the same login's tenant transactions see one tenant.
/// </summary>
public sealed class PrivilegedOwnerPathTests : IAsyncLifetime
{
    private readonly string _owner = "kt_owner_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _database = "kt_" + Guid.NewGuid().ToString("N");
    private NpgsqlDataSource? _ownerSource;

    private NpgsqlDataSource Owner => _ownerSource!;

    public async Task InitializeAsync()
    {
        // What a DBA does once: the owner login, its database, and the application role it may switch to.
        await AdminAsync(
            $"CREATE ROLE {_owner} LOGIN PASSWORD 'owner-password' NOSUPERUSER NOCREATEROLE NOBYPASSRLS",
            $"CREATE DATABASE {_database} OWNER {_owner}",
            """
            DO $$ BEGIN
                CREATE ROLE ktportal_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END $$
            """,
            $"GRANT ktportal_app TO {_owner}");
        _ownerSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(TestPostgres.AdminConnectionString)
        {
            Database = _database,
            Username = _owner,
            Password = "owner-password",
        }.ConnectionString);
        await new DatabaseMigrator(Owner).MigrateAsync();
        await new DemoSeed(Owner).ApplyAsync();
    }

    public async Task DisposeAsync()
    {
        await Owner.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", $"DROP ROLE IF EXISTS {_owner}");
    }

    [Fact]
    public async Task The_owner_is_not_a_superuser_and_row_level_security_is_forced()
    {
        await using var command = Owner.CreateCommand(
            "SELECT rolsuper, rolbypassrls, (SELECT relforcerowsecurity FROM pg_class WHERE relname = 'users') FROM pg_roles WHERE rolname = current_user");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.False(reader.GetBoolean(0));
        Assert.False(reader.GetBoolean(1));
        Assert.True(reader.GetBoolean(2));
    }

    [Fact]
    public async Task Sign_in_by_email_reads_any_tenants_user_on_the_owner_path()
    {
        await using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseNpgsql(Owner).Options);
        var user = await db.Users.SingleAsync(u => u.NormalizedEmail == "OWNER@GLOBEX.TEST");
        Assert.Equal(DemoSeed.IdOf("user", "owner@globex.test"), user.Id);
        Assert.Equal(DemoSeed.Users.Count, await db.Users.CountAsync());
    }

    [Fact]
    public async Task The_viewer_resolves_on_the_owner_path_and_tenant_transactions_of_the_same_login_see_one_tenant()
    {
        var viewer = await new ViewerResolver(Owner).ResolveAsync(
            TenantFixture.Principal(DemoSeed.IdOf("user", "owner@globex.test").ToString("D"), DemoSeed.SpaClientId, null), default);
        Assert.Equal([DemoSeed.IdOf("organization", "globex")], viewer.OrganizationIds);

        var database = new TenantDatabase(Owner, Options.Create(new TenancyOptions { ApplicationFilter = false }));
        var slugs = await database.RunAsync(viewer, (db, ct) => db.Organizations.Select(o => o.Slug).ToListAsync(ct), default);
        Assert.Equal(["globex"], slugs);
    }

    private static async Task AdminAsync(params string[] statements)
    {
        await using var admin = new NpgsqlConnection(TestPostgres.AdminConnectionString);
        await admin.OpenAsync();
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, admin);
            await command.ExecuteNonQueryAsync();
        }
    }
}
