using KtPortal.Api.OAuth.Keys;
using KtPortal.Api.Seed;
using KtPortal.Domain.Persistence.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace KtPortal.Api.Tests.OAuth;

/// <summary>The background job deletes expired authorization codes and sessions, and keeps live ones.</summary>
public sealed class SessionHousekeepingTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly PostgresDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(Now);
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await new DatabaseMigrator(_database.DataSource).MigrateAsync();
        await new DemoSeed(_database.DataSource).ApplyAsync();
        _services = OAuthTestServices.Create(_database.ConnectionString, _clock);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task RunOnce_DeletesExpiredCodesAndSessions_WithTheirRefreshTokens_AndKeepsLiveOnes()
    {
        var expired = await AddSessionAsync(Now - TimeSpan.FromMinutes(1));
        var live = await AddSessionAsync(Now + TimeSpan.FromDays(1));
        await AddCodeAsync("expired", Now - TimeSpan.FromSeconds(1));
        await AddCodeAsync("live", Now + TimeSpan.FromMinutes(4));

        await _services.GetRequiredService<OAuthHousekeeping>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(live, await _database.ScalarAsync<Guid>("SELECT id FROM oauth_token_families"));
        Assert.Equal(1, await _database.ScalarAsync<long>($"SELECT count(*) FROM oauth_refresh_tokens WHERE family_id = '{live}'"));
        Assert.Equal(0, await _database.ScalarAsync<long>($"SELECT count(*) FROM oauth_refresh_tokens WHERE family_id = '{expired}'"));
        Assert.Equal("live", await _database.ScalarAsync<string>("SELECT code_hash FROM oauth_authorization_codes"));
    }

    private async Task<Guid> AddSessionAsync(DateTimeOffset expiresAt)
    {
        var id = Guid.NewGuid();
        await using var command = _database.DataSource.CreateCommand(
            """
            INSERT INTO oauth_token_families (id, user_id, client_id, scope, auth_time, created_at, last_used_at, expires_at)
            VALUES ($1, $2, 'portal-spa', 'openid', $3, $3, $3, $4);
            """);
        Add(command, id, DemoSeed.IdOf("user", "owner@acme.test"), Now - TimeSpan.FromDays(20), expiresAt);
        await command.ExecuteNonQueryAsync();
        await using var token = _database.DataSource.CreateCommand(
            "INSERT INTO oauth_refresh_tokens (id, family_id, token_hash, generation, created_at, expires_at) VALUES ($1, $2, $3, 0, $4, $5)");
        Add(token, Guid.NewGuid(), id, Guid.NewGuid().ToString("N"), Now - TimeSpan.FromDays(20), expiresAt);
        await token.ExecuteNonQueryAsync();
        return id;
    }

    private async Task AddCodeAsync(string hash, DateTimeOffset expiresAt)
    {
        await using var command = _database.DataSource.CreateCommand(
            """
            INSERT INTO oauth_authorization_codes (code_hash, client_id, user_id, redirect_uri, scope, code_challenge, auth_time, created_at, expires_at)
            VALUES ($1, 'portal-spa', $2, 'http://127.0.0.1:5173/callback', 'openid', $3, $4, $4, $5)
            """);
        Add(command, hash, DemoSeed.IdOf("user", "owner@acme.test"), new string('a', 43), Now - TimeSpan.FromMinutes(5), expiresAt);
        await command.ExecuteNonQueryAsync();
    }

    private static void Add(NpgsqlCommand command, params object[] values)
    {
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
    }
}
