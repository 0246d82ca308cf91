using System.Net.Http.Headers;
using System.Text;
using KtPortal.Api.Seed;
using KtPortal.Domain.Persistence.Migrations;

namespace KtPortal.Api.Tests.OAuth;

/// <summary>The API in memory on a migrated database holding the demo and Testing seed.</summary>
public sealed class OAuthServerFixture : IAsyncLifetime
{
    public PostgresDatabase Database { get; } = new();

    public PortalFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await new DatabaseMigrator(Database.DataSource).MigrateAsync();
        await new DemoSeed(Database.DataSource, includeTestClients: true).ApplyAsync();
        Factory = new PortalFactory(Database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    public static AuthenticationHeaderValue Basic(string clientId, string secret) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(clientId)}:{Uri.EscapeDataString(secret)}")));

    public async Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> form, AuthenticationHeaderValue? authorization = null)
    {
        using var client = Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = authorization;
        return await client.SendAsync(request);
    }
}
