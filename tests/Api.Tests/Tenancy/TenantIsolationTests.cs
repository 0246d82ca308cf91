using KtPortal.Api.Seed;
using KtPortal.Api.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KtPortal.Api.Tests.Tenancy;

/// <summary>
/// Each layer of tenant isolation on its own, with the other switched off: the application's scopes with
/// row-level security bypassed (the owner's superuser login, no role switch), and row-level security with
/// queries that apply no filter at all. With both off, everything is visible, so each test can fail.
/// </summary>
public sealed class TenantIsolationTests(TenantFixture fixture) : IClassFixture<TenantFixture>
{
    private static readonly string[] AllSlugs = ["acme", "globex", "initech", "kre8ivtech", "northwind"];

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public async Task A_client_member_sees_only_their_organization(bool applicationFilter, bool rowLevelSecurity)
    {
        var viewer = await fixture.UserAsync("member@acme.test");
        Assert.Equal(["acme"], await SlugsAsync(viewer, applicationFilter, rowLevelSecurity));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task A_client_member_sees_only_themselves_and_co_members(bool applicationFilter, bool rowLevelSecurity)
    {
        var viewer = await fixture.UserAsync("member@acme.test");
        var (scope, database) = fixture.Layers(applicationFilter, rowLevelSecurity);
        var emails = await database.RunAsync(viewer, (db, ct) =>
            scope.Users(db.Users, db.Memberships, viewer).OrderBy(u => u.Email).Select(u => u.Email!).ToListAsync(ct), default);
        Assert.Equal(["member@acme.test", "owner@acme.test"], emails);

        var memberships = await database.RunAsync(viewer, (db, ct) => scope.Memberships(db.Memberships, viewer).CountAsync(ct), default);
        Assert.Equal(2, memberships);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task A_partner_user_sees_the_partner_and_its_clients(bool applicationFilter, bool rowLevelSecurity)
    {
        var viewer = await fixture.UserAsync("partner@northwind.test");
        Assert.Equal(["initech", "northwind"], await SlugsAsync(viewer, applicationFilter, rowLevelSecurity));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task A_partner_client_acts_for_the_partner_and_its_clients(bool applicationFilter, bool rowLevelSecurity)
    {
        var viewer = await fixture.PartnerClientAsync();
        Assert.Equal(["initech", "northwind"], await SlugsAsync(viewer, applicationFilter, rowLevelSecurity));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Staff_see_every_tenant(bool applicationFilter, bool rowLevelSecurity)
    {
        var viewer = await fixture.UserAsync("agent@kre8ivtech.test");
        Assert.True(viewer.IsStaff);
        Assert.Equal(AllSlugs, await SlugsAsync(viewer, applicationFilter, rowLevelSecurity));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task An_anonymous_caller_sees_no_tenant(bool applicationFilter, bool rowLevelSecurity)
        => Assert.Empty(await SlugsAsync(Viewer.Anonymous, applicationFilter, rowLevelSecurity));

    [Fact]
    public async Task With_both_layers_off_every_tenant_is_visible_so_the_tests_above_can_fail()
    {
        var viewer = await fixture.UserAsync("member@acme.test");
        Assert.Equal(AllSlugs, await SlugsAsync(viewer, applicationFilter: false, rowLevelSecurity: false));
    }

    [Fact]
    public async Task Raw_SQL_that_forgets_the_tenant_filter_still_reads_no_foreign_row()
    {
        var viewer = await fixture.UserAsync("owner@globex.test");
        var (_, database) = fixture.Layers(applicationFilter: false, rowLevelSecurity: true);
        await using var connection = await fixture.Database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await database.EnterAsync(connection, viewer, default);

        await using var count = new NpgsqlCommand("SELECT count(*) FROM organizations", connection, transaction);
        Assert.Equal(1L, await count.ExecuteScalarAsync());
        await using var who = new NpgsqlCommand("SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)", connection, transaction);
        await using var reader = await who.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(TenancyOptions.DefaultDatabaseRole, reader.GetString(0));
        Assert.False(reader.GetBoolean(1));
    }

    [Fact]
    public async Task Row_level_security_refuses_writing_into_a_foreign_tenant()
    {
        var viewer = await fixture.UserAsync("owner@acme.test");
        var (_, database) = fixture.Layers(applicationFilter: false, rowLevelSecurity: true);
        await using var connection = await fixture.Database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await database.EnterAsync(connection, viewer, default);

        await using var insert = new NpgsqlCommand(
            "INSERT INTO memberships (id, user_id, organization_id, role) VALUES (gen_random_uuid(), $1, $2, 'OWNER')", connection, transaction);
        insert.Parameters.Add(new NpgsqlParameter { Value = DemoSeed.IdOf("user", "owner@acme.test") });
        insert.Parameters.Add(new NpgsqlParameter { Value = DemoSeed.IdOf("organization", "globex") });
        var error = await Assert.ThrowsAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    [Fact]
    public async Task The_tenant_settings_do_not_outlive_their_transaction()
    {
        var viewer = await fixture.UserAsync("member@acme.test");
        var (_, database) = fixture.Layers(applicationFilter: false, rowLevelSecurity: true);
        await using var connection = await fixture.Database.DataSource.OpenConnectionAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await database.EnterAsync(connection, viewer, default);
            await transaction.CommitAsync();
        }

        await using var after = new NpgsqlCommand("SELECT current_user, coalesce(current_setting('app.org_ids', true), '')", connection);
        await using var reader = await after.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.NotEqual(TenancyOptions.DefaultDatabaseRole, reader.GetString(0));
        Assert.Equal(string.Empty, reader.GetString(1));
    }

    private async Task<List<string>> SlugsAsync(Viewer viewer, bool applicationFilter, bool rowLevelSecurity)
    {
        var (scope, database) = fixture.Layers(applicationFilter, rowLevelSecurity);
        return await database.RunAsync(viewer, (db, ct) =>
            scope.Organizations(db.Organizations, viewer).OrderBy(o => o.Slug).Select(o => o.Slug).ToListAsync(ct), default);
    }
}
