using System.Net;
using KtPortal.Api.OAuth;

namespace KtPortal.Api.Tests.OAuth;

public sealed class DevTokenCommandTests(OAuthServerFixture server) : IClassFixture<OAuthServerFixture>
{
    [Fact]
    public async Task Token_InProduction_IsRefusedWithAClearMessage()
    {
        await using var factory = new PortalFactory(server.Database.ConnectionString, environment: "Production");

        var (exitCode, output) = await DevTokenCommand.IssueAsync(factory.Services, "owner@acme.test", null, CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Contains("Development only", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_InDevelopment_PrintsAnAccessTokenTheApiAccepts()
    {
        await using var factory = new PortalFactory(server.Database.ConnectionString, environment: "Development");

        var (exitCode, token) = await DevTokenCommand.IssueAsync(factory.Services, "owner@acme.test", "openid api:read", CancellationToken.None);

        Assert.Equal(0, exitCode);
        using var client = factory.CreateClient(new() { BaseAddress = new Uri(KtPortal.Api.Hosting.PortalApplication.DefaultUrl) });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/oauth/userinfo", UriKind.Relative));
        request.Headers.Authorization = new("Bearer", token);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("nobody@acme.test", null, 1)]
    [InlineData("owner@acme.test", "admin", 2)]
    public async Task Token_UnknownUserOrScope_FailsWithoutAToken(string email, string? scopes, int expected)
    {
        await using var factory = new PortalFactory(server.Database.ConnectionString, environment: "Development");

        var (exitCode, output) = await DevTokenCommand.IssueAsync(factory.Services, email, scopes, CancellationToken.None);

        Assert.Equal(expected, exitCode);
        Assert.StartsWith("ktportal:", output, StringComparison.Ordinal);
    }
}
