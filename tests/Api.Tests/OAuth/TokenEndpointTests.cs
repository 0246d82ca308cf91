using System.Net;
using System.Text;
using System.Text.Json;
using KtPortal.Api.Seed;

namespace KtPortal.Api.Tests.OAuth;

public sealed class TokenEndpointTests(OAuthServerFixture server) : IClassFixture<OAuthServerFixture>
{
    private static KeyValuePair<string, string> P(string name, string value) => new(name, value);

    private static readonly System.Net.Http.Headers.AuthenticationHeaderValue Partner =
        OAuthServerFixture.Basic(DemoSeed.PartnerClientId, DemoSeed.PartnerClientSecret);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string error)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(error, (await JsonAsync(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task ClientCredentials_WithBasic_IssuesABearerTokenThatIsNotCached()
    {
        using var response = await server.PostFormAsync("/oauth/token", [P("grant_type", "client_credentials")], Partner);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var body = await JsonAsync(response);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt64());
        Assert.Equal("api:read api:write", body.GetProperty("scope").GetString());
        Assert.Equal(3, body.GetProperty("access_token").GetString()!.Split('.').Length);
    }

    [Fact]
    public async Task ClientCredentials_WithPost_IssuesAToken()
    {
        using var response = await server.PostFormAsync("/oauth/token",
            [P("grant_type", "client_credentials"), P("client_id", DemoSeed.PartnerClientId), P("client_secret", DemoSeed.PartnerClientSecret)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ClientCredentials_NarrowedScope_IsGrantedAsAsked()
    {
        using var response = await server.PostFormAsync("/oauth/token", [P("grant_type", "client_credentials"), P("scope", "api:read")], Partner);

        Assert.Equal("api:read", (await JsonAsync(response)).GetProperty("scope").GetString());
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("api:read admin")]
    [InlineData("api:read  api:write")]
    [InlineData("api:\"read\"")]
    [InlineData("")]
    public async Task ClientCredentials_ScopeBeyondTheClientsOrMalformed_IsInvalidScope(string scope)
    {
        using var response = await server.PostFormAsync("/oauth/token", [P("grant_type", "client_credentials"), P("scope", scope)], Partner);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "invalid_scope");
    }

    [Theory]
    [InlineData("password")]
    [InlineData("implicit")]
    [InlineData("urn:ietf:params:oauth:grant-type:jwt-bearer")]
    public async Task Token_GrantNotServed_IsUnsupportedGrantType(string grantType)
    {
        using var response = await server.PostFormAsync("/oauth/token",
            [P("grant_type", grantType), P("username", "admin@kre8ivtech.test"), P("password", DemoSeed.DemoPassword)], Partner);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "unsupported_grant_type");
    }

    [Fact]
    public async Task Token_WithoutGrantType_IsInvalidRequest()
    {
        using var response = await server.PostFormAsync("/oauth/token", [P("scope", "api:read")], Partner);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Token_RepeatedParameter_IsInvalidRequest()
    {
        using var response = await server.PostFormAsync("/oauth/token",
            [P("grant_type", "client_credentials"), P("scope", "api:read"), P("scope", "api:write")], Partner);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Token_JsonBody_IsInvalidRequest()
    {
        using var client = server.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/oauth/token", UriKind.Relative))
        {
            Content = new StringContent("""{"grant_type":"client_credentials"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = Partner;

        using var response = await client.SendAsync(request);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Token_BasicAndPostTogether_IsInvalidRequest()
    {
        using var response = await server.PostFormAsync("/oauth/token",
            [P("grant_type", "client_credentials"), P("client_id", DemoSeed.PartnerClientId), P("client_secret", DemoSeed.PartnerClientSecret)], Partner);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Token_WrongSecretOverBasic_Is401InvalidClientWithABasicChallenge()
    {
        using var response = await server.PostFormAsync("/oauth/token", [P("grant_type", "client_credentials")],
            OAuthServerFixture.Basic(DemoSeed.PartnerClientId, "wrong"));

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
        Assert.Equal("Basic", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.Equal("""{"error":"invalid_client"}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("partner-demo", "wrong")]
    [InlineData("no-such-client", "partner-demo-secret")]
    [InlineData("portal-spa", "anything")]
    public async Task Token_BadClientOverPost_Is401InvalidClientAndSaysNothingMore(string clientId, string secret)
    {
        using var response = await server.PostFormAsync("/oauth/token",
            [P("grant_type", "client_credentials"), P("client_id", clientId), P("client_secret", secret)]);

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
        Assert.Equal("""{"error":"invalid_client"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Token_ConfidentialClientWithoutItsSecret_IsInvalidClient()
    {
        using var response = await server.PostFormAsync("/oauth/token", [P("grant_type", "client_credentials"), P("client_id", DemoSeed.PartnerClientId)]);

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task Token_MalformedBasicHeader_IsInvalidClient()
    {
        using var response = await server.PostFormAsync("/oauth/token", [P("grant_type", "client_credentials")],
            new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", "not base64!"));

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task ClientCredentials_PublicClient_IsUnauthorizedClient()
    {
        using var response = await server.PostFormAsync("/oauth/token", [P("grant_type", "client_credentials"), P("client_id", DemoSeed.SpaClientId)]);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "unauthorized_client");
    }

    [Fact]
    public async Task Token_RecordsTheIssuedTokenForRevocation()
    {
        using var response = await server.PostFormAsync("/oauth/token", [P("grant_type", "client_credentials")], Partner);
        var token = (await JsonAsync(response)).GetProperty("access_token").GetString()!;
        var jti = JsonDocument.Parse(Convert.FromBase64String(Pad(token.Split('.')[1]))).RootElement.GetProperty("jti").GetString();

        Assert.Equal(
            DemoSeed.PartnerClientId,
            await server.Database.ScalarAsync<string>($"SELECT client_id FROM oauth_tokens WHERE jti = '{jti}' AND revoked_at IS NULL"));
    }

    private static string Pad(string base64Url)
    {
        var s = base64Url.Replace('-', '+').Replace('_', '/');
        return s + new string('=', (4 - (s.Length % 4)) % 4);
    }
}
