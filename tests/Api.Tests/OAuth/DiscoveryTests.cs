using System.Net;
using System.Text.Json;

namespace KtPortal.Api.Tests.OAuth;

public sealed class DiscoveryTests(OAuthServerFixture server) : IClassFixture<OAuthServerFixture>
{
    [Theory]
    [InlineData("/.well-known/oauth-authorization-server")]
    [InlineData("/.well-known/openid-configuration")]
    public async Task Metadata_NamesTheEndpointsAndPolicies(string path)
    {
        using var client = server.Factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("http://localhost", body.GetProperty("issuer").GetString());
        Assert.Equal("http://localhost/oauth/token", body.GetProperty("token_endpoint").GetString());
        Assert.Equal("http://localhost/.well-known/jwks.json", body.GetProperty("jwks_uri").GetString());
        Assert.Equal("""["S256"]""", body.GetProperty("code_challenge_methods_supported").GetRawText());
        Assert.True(body.GetProperty("authorization_response_iss_parameter_supported").GetBoolean());
        Assert.Equal("""["client_secret_basic","client_secret_post","none"]""", body.GetProperty("token_endpoint_auth_methods_supported").GetRawText());
        Assert.Equal("""["authorization_code","refresh_token","client_credentials"]""", body.GetProperty("grant_types_supported").GetRawText());
        Assert.Equal("""["code"]""", body.GetProperty("response_types_supported").GetRawText());
        Assert.Equal("http://localhost/oauth/authorize", body.GetProperty("authorization_endpoint").GetString());
        Assert.Equal("http://localhost/oauth/userinfo", body.GetProperty("userinfo_endpoint").GetString());
        Assert.Equal("http://localhost/oauth/logout", body.GetProperty("end_session_endpoint").GetString());
        Assert.Equal("""["RS256"]""", body.GetProperty("id_token_signing_alg_values_supported").GetRawText());
    }

    [Fact]
    public async Task Jwks_PublishesOnlyPublicRs256AndEs256Keys()
    {
        using var client = server.Factory.CreateClient();

        var body = JsonDocument.Parse(await client.GetStringAsync(new Uri("/.well-known/jwks.json", UriKind.Relative))).RootElement;

        var keys = body.GetProperty("keys").EnumerateArray().ToList();
        Assert.Contains(keys, k => k.GetProperty("alg").GetString() == "RS256" && k.GetProperty("kty").GetString() == "RSA");
        Assert.Contains(keys, k => k.GetProperty("alg").GetString() == "ES256" && k.GetProperty("crv").GetString() == "P-256");
        Assert.All(keys, k => Assert.False(k.TryGetProperty("d", out _)));
    }
}
