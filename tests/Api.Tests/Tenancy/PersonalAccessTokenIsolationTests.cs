using System.Security.Cryptography;
using KtPortal.Api.Seed;
using Npgsql;

namespace KtPortal.Api.Tests.Tenancy;

/// <summary>
/// Row-level security on <c>personal_access_tokens</c> (migration 0006) on its own: queries with no filter at all
/// see a user's own tokens, staff see every one, and without the policies every row is visible.
/// </summary>
public sealed class PersonalAccessTokenIsolationTests(TenantFixture fixture) : IClassFixture<TenantFixture>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        // Runs before each test: start from the same two tokens every time.
        await using (var clear = fixture.Database.DataSource.CreateCommand("DELETE FROM personal_access_tokens WHERE name = 'script'"))
        {
            await clear.ExecuteNonQueryAsync();
        }

        await using var insert = fixture.Database.DataSource.CreateCommand(
            """
            INSERT INTO personal_access_tokens (id, user_id, organization_id, name, prefix, token_hash, scopes, created_at, expires_at)
            SELECT gen_random_uuid(), u, o, 'script', 'ktp_testtest', $3, '{api:read}', now(), now() + interval '1 day'
            FROM (VALUES ($1::uuid, $2::uuid)) AS t(u, o)
            """);
        foreach (var (email, organization) in new[] { ("agent@kre8ivtech.test", "kre8ivtech"), ("partner@northwind.test", "northwind") })
        {
            insert.Parameters.Clear();
            insert.Parameters.Add(new NpgsqlParameter { Value = DemoSeed.IdOf("user", email) });
            insert.Parameters.Add(new NpgsqlParameter { Value = DemoSeed.IdOf("organization", organization) });
            insert.Parameters.Add(new NpgsqlParameter { Value = RandomNumberGenerator.GetBytes(32) });
            await insert.ExecuteNonQueryAsync();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("partner@northwind.test", 1L)]
    [InlineData("owner@acme.test", 0L)]
    [InlineData("agent@kre8ivtech.test", 2L)]
    public async Task An_unfiltered_query_sees_only_the_users_own_tokens_or_all_for_staff(string email, long expected)
    {
        var viewer = await fixture.UserAsync(email);
        var (_, database) = fixture.Layers(applicationFilter: false, rowLevelSecurity: true);
        await using var connection = await fixture.Database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await database.EnterAsync(connection, viewer, default);

        await using var count = new NpgsqlCommand("SELECT count(*) FROM personal_access_tokens WHERE name = 'script'", connection, transaction);

        Assert.Equal(expected, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Without_row_level_security_every_token_is_visible_so_the_test_above_can_fail()
    {
        await using var count = fixture.Database.DataSource.CreateCommand("SELECT count(*) FROM personal_access_tokens WHERE name = 'script'");
        Assert.Equal(2L, await count.ExecuteScalarAsync());
    }
}
