using System.Net;
using KtPortal.Api.Hosting;

namespace KtPortal.Api.Tests.Health;

public sealed class HealthzTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Healthz_DatabaseReachable_Returns200()
    {
        await using var factory = new PortalFactory(database.ConnectionString, migrate: true);
        await PortalApplication.PrepareDatabaseAsync(factory.Services, CancellationToken.None);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"Healthy","checks":{"database":"Healthy"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_DatabaseUnreachable_Returns503WithoutDetails()
    {
        // Port 1 on loopback: nothing listens there, so connections are refused at once.
        await using var factory = new PortalFactory("Host=127.0.0.1;Port=1;Username=nobody;Password=x;Timeout=2");
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("""{"status":"Unhealthy","checks":{"database":"Unhealthy"}}""", body);
    }
}
