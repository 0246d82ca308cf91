using System.Net;
using System.Security.Claims;
using System.Text.Json;
using KtPortal.Api.OAuth;
using KtPortal.Api.Seed;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.Api.Tests.OAuth;

public sealed class BearerAuthenticationTests(OAuthServerFixture server) : IClassFixture<OAuthServerFixture>
{
    private async Task<string> TokenAsync(string clientId = DemoSeed.PartnerClientId)
    {
        using var response = await server.PostFormAsync("/oauth/token", [new("grant_type", "client_credentials")],
            OAuthServerFixture.Basic(clientId, DemoSeed.PartnerClientSecret));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
    }

    private async Task<AuthenticateResult> AuthenticateAsync(string? authorization)
    {
        await using var scope = server.Factory.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost");
        if (authorization is not null)
        {
            context.Request.Headers.Authorization = authorization;
        }

        return await context.AuthenticateAsync(BearerAuthenticationHandler.SchemeName);
    }

    [Fact]
    public async Task ValidToken_BecomesAPrincipalWithTheTokensClaims()
    {
        var result = await AuthenticateAsync("Bearer " + await TokenAsync());

        Assert.True(result.Succeeded, result.Failure?.Message);
        var principal = result.Principal!;
        Assert.Equal(DemoSeed.PartnerClientId, principal.Identity!.Name);
        Assert.Equal(DemoSeed.PartnerClientId, principal.FindFirstValue("client_id"));
        Assert.Equal(["api:read", "api:write"], principal.FindAll("scope").Select(c => c.Value));
        Assert.Equal(DemoSeed.IdOf("organization", "northwind").ToString(), principal.FindFirstValue("org_id"));
        Assert.True(principal.IsInRole("PARTNER_ADMIN"));
    }

    [Fact]
    public async Task Es256Token_IsAcceptedToo()
    {
        Assert.True((await AuthenticateAsync("Bearer " + await TokenAsync(DemoSeed.Es256ClientId))).Succeeded);
    }

    [Fact]
    public async Task NoAuthorizationHeader_LeavesTheRequestAnonymous()
    {
        var result = await AuthenticateAsync(null);

        Assert.True(result.None);
    }

    [Fact]
    public async Task TamperedToken_Fails()
    {
        var parts = (await TokenAsync()).Split('.');
        var payload = parts[1].ToCharArray();
        payload[10] = payload[10] == 'A' ? 'B' : 'A';

        var result = await AuthenticateAsync($"Bearer {parts[0]}.{new string(payload)}.{parts[2]}");

        Assert.False(result.Succeeded);
        Assert.False(result.None);
    }

    [Fact]
    public async Task RevokedToken_Fails()
    {
        var token = await TokenAsync();
        using (var revoke = await server.PostFormAsync("/oauth/revoke", [new("token", token)],
            OAuthServerFixture.Basic(DemoSeed.PartnerClientId, DemoSeed.PartnerClientSecret)))
        {
            Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        }

        Assert.False((await AuthenticateAsync("Bearer " + token)).Succeeded);
    }

    [Fact]
    public async Task GraphQL_WithABadToken_Is401InvalidTokenRatherThanAnonymous()
    {
        using var client = server.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql?query=%7BapiVersion%7D", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer not-a-token");
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer realm=\"ktportal\", error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task GraphQL_WithABadToken_FromAnAllowedOrigin_Answers401WithTheCorsHeaders()
    {
        // Without the headers a browser hides the 401 behind a network error, and the frontend cannot tell that
        // it should refresh its token.
        await using var factory = server.Factory.WithWebHostBuilder(builder =>
            builder.UseSetting("GraphQL:Http:Cors:AllowedOrigins:0", "https://app.example"));
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql?query=%7BapiVersion%7D", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer not-a-token");
        request.Headers.TryAddWithoutValidation("Origin", "https://app.example");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(["https://app.example"], response.Headers.GetValues("Access-Control-Allow-Origin"));
    }
}
