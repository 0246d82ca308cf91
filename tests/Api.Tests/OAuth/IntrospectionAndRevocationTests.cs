using System.Net;
using System.Text.Json;
using KtPortal.Api.Seed;

namespace KtPortal.Api.Tests.OAuth;

public sealed class IntrospectionAndRevocationTests(OAuthServerFixture server) : IClassFixture<OAuthServerFixture>
{
    private static readonly System.Net.Http.Headers.AuthenticationHeaderValue Partner =
        OAuthServerFixture.Basic(DemoSeed.PartnerClientId, DemoSeed.PartnerClientSecret);

    private static readonly System.Net.Http.Headers.AuthenticationHeaderValue Other =
        OAuthServerFixture.Basic(DemoSeed.Es256ClientId, DemoSeed.PartnerClientSecret);

    private async Task<string> TokenAsync()
    {
        using var response = await server.PostFormAsync("/oauth/token", [new("grant_type", "client_credentials")], Partner);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
    }

    private async Task<string> IntrospectAsync(string token, System.Net.Http.Headers.AuthenticationHeaderValue? client = null)
    {
        using var response = await server.PostFormAsync("/oauth/introspect", [new("token", token)], client ?? Partner);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Introspect_ActiveToken_ReturnsItsClaims()
    {
        var body = JsonDocument.Parse(await IntrospectAsync(await TokenAsync())).RootElement;

        Assert.True(body.GetProperty("active").GetBoolean());
        Assert.Equal(DemoSeed.PartnerClientId, body.GetProperty("client_id").GetString());
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal("ktportal-api", body.GetProperty("aud").GetString());
    }

    [Fact]
    public async Task Revoke_ThenIntrospect_IsInactiveWithNothingElse()
    {
        var token = await TokenAsync();

        using (var revoke = await server.PostFormAsync("/oauth/revoke", [new("token", token), new("token_type_hint", "access_token")], Partner))
        {
            Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        }

        Assert.Equal("""{"active":false}""", await IntrospectAsync(token));
    }

    [Fact]
    public async Task AnotherClient_CannotSeeOrRevokeTheToken()
    {
        var token = await TokenAsync();

        Assert.Equal("""{"active":false}""", await IntrospectAsync(token, Other));
        using (var revoke = await server.PostFormAsync("/oauth/revoke", [new("token", token)], Other))
        {
            Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        }

        Assert.Contains("\"active\":true", await IntrospectAsync(token), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("eyJhbGciOiJub25lIn0.e30.")]
    public async Task Introspect_NotOurToken_IsInactive(string token)
    {
        Assert.Equal("""{"active":false}""", await IntrospectAsync(token));
    }

    [Fact]
    public async Task Revoke_WithoutToken_IsInvalidRequest()
    {
        using var response = await server.PostFormAsync("/oauth/revoke", [new("token_type_hint", "access_token")], Partner);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid_request", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspect_PublicClient_IsInvalidClient()
    {
        using var response = await server.PostFormAsync("/oauth/introspect", [new("token", "x"), new("client_id", DemoSeed.SpaClientId)]);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
