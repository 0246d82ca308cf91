using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KtPortal.Api.OAuth.Tokens;
using KtPortal.Api.Seed;
using KtPortal.Api.Support.Sla;
using KtPortal.Api.Tenancy;
using KtPortal.Api.Tests.Tenancy;
using KtPortal.Domain.Persistence;
using KtPortal.Domain.Persistence.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KtPortal.Api.Tests.Support;

/// <summary>
/// The API in memory on a migrated database with the demo seed, its SLA job switched off (tests run scans themselves),
/// with user tokens from the API's own issuer and GraphQL over HTTP.
/// </summary>
public sealed class SupportApiFixture : IAsyncLifetime
{
    public PostgresDatabase Database { get; } = new();

    public PortalFactory Factory { get; private set; } = null!;

    public NpgsqlDataSource DataSource => Database.DataSource;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await new DatabaseMigrator(Database.DataSource).MigrateAsync();
        await new DemoSeed(Database.DataSource, includeTestClients: true).ApplyAsync();
        Factory = new PortalFactory(Database.ConnectionString, configureServices: services =>
            services.Configure<SlaOptions>(o => o.BreachScanEnabled = false));
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>An access token of the web app for the demo user <paramref name="email"/>.</summary>
    public async Task<string> TokenAsync(string email)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var client = await db.OAuthClients.AsNoTracking().SingleAsync(c => c.ClientId == DemoSeed.SpaClientId);
        var issued = await scope.ServiceProvider.GetRequiredService<AccessTokenIssuer>()
            .IssueForUserAsync(client, DemoSeed.IdOf("user", email), DemoSeed.ApiScopes, familyId: null, "http://localhost", default);
        return issued.Token;
    }

    /// <summary>A client-credentials token of the partner-demo client: a caller without a user.</summary>
    public async Task<string> ClientTokenAsync()
    {
        using var client = Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/oauth/token", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{DemoSeed.PartnerClientId}:{DemoSeed.PartnerClientSecret}")));
        using var response = await client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>Posts a GraphQL request and returns the whole response body.</summary>
    public async Task<JsonElement> PostAsync(string query, string? token, object? variables = null)
    {
        using var client = Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    /// <summary>The viewer of a user token for <paramref name="email"/>, as the API resolves it.</summary>
    public Task<Viewer> ViewerAsync(string email)
        => new ViewerResolver(Database.DataSource).ResolveAsync(
            TenantFixture.Principal(DemoSeed.IdOf("user", email).ToString("D"), DemoSeed.SpaClientId, null), default);

    /// <summary>The tenancy options with either layer switched off (see <see cref="TenantFixture.Layers"/>).</summary>
    public (IOptions<TenancyOptions> Options, TenantDatabase Database) Layers(bool applicationFilter, bool rowLevelSecurity)
    {
        var options = Options.Create(new TenancyOptions
        {
            ApplicationFilter = applicationFilter,
            DatabaseRole = rowLevelSecurity ? TenancyOptions.DefaultDatabaseRole : string.Empty,
        });
        return (options, new TenantDatabase(Database.DataSource, options));
    }

    /// <summary>Writes a notification for <paramref name="userId"/> (as the owner), of kind TEST unless told otherwise.</summary>
    public async Task<Guid> InsertNotificationAsync(Guid userId, string title, DateTimeOffset createdAt, bool read = false, string kind = "TEST")
    {
        var id = Guid.CreateVersion7();
        await using var command = DataSource.CreateCommand("""
            INSERT INTO notifications (id, user_id, organization_id, kind, title, body, data, created_at, read_at)
            VALUES ($1, $2, NULL, $6, $3, 'body', '{"n":1}', $4, $5)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        command.Parameters.Add(new NpgsqlParameter { Value = title });
        command.Parameters.Add(new NpgsqlParameter { Value = createdAt });
        command.Parameters.Add(new NpgsqlParameter { Value = read ? createdAt : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = kind });
        await command.ExecuteNonQueryAsync();
        return id;
    }
}
