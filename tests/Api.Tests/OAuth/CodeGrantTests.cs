using System.Net;
using System.Text.Json;
using KtPortal.Api.Seed;

namespace KtPortal.Api.Tests.OAuth;

public sealed class CodeGrantTests(OAuthServerFixture server) : IClassFixture<OAuthServerFixture>
{
    [Fact]
    public async Task Exchange_IssuesAccessRefreshAndIdTokens_WithTheNonceAndAuthenticationMethods()
    {
        using var driver = new CodeFlowDriver(server.Factory);

        var tokens = await driver.SignInForTokensAsync("member@acme.test");

        Assert.Equal(900, tokens.GetProperty("expires_in").GetInt64());
        Assert.Equal("openid email api:read", tokens.GetProperty("scope").GetString());
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("refresh_token").GetString()));
        var idToken = Claims(tokens.GetProperty("id_token").GetString()!);
        Assert.Equal("nonce-1", idToken.GetProperty("nonce").GetString());
        Assert.Equal(DemoSeed.SpaClientId, idToken.GetProperty("aud").GetString());
        Assert.Equal("""["pwd"]""", idToken.GetProperty("amr").GetRawText());
        Assert.Equal("member@acme.test", idToken.GetProperty("email").GetString());
        Assert.True(idToken.TryGetProperty("auth_time", out _));
    }

    [Fact]
    public async Task Exchange_TheSameCodeTwice_IsInvalidGrant_AndRevokesWhatTheFirstIssued()
    {
        using var driver = new CodeFlowDriver(server.Factory);
        var (code, verifier) = await driver.SignInForCodeAsync("member@acme.test");
        using var first = await driver.ExchangeAsync(code, verifier);
        var tokens = await CodeFlowDriver.JsonAsync(first);
        Assert.Equal(HttpStatusCode.OK, await driver.UserInfoStatusAsync(tokens.GetProperty("access_token").GetString()!));

        using var second = await driver.ExchangeAsync(code, verifier);

        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal("invalid_grant", (await CodeFlowDriver.JsonAsync(second)).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, await driver.UserInfoStatusAsync(tokens.GetProperty("access_token").GetString()!));
        using var refresh = await driver.RefreshAsync(tokens.GetProperty("refresh_token").GetString()!);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
    }

    [Fact]
    public async Task Exchange_TheSameCodeConcurrently_SucceedsOnce_AndTheWinnersTokensAreRevoked()
    {
        using var driver = new CodeFlowDriver(server.Factory);
        var (code, verifier) = await driver.SignInForCodeAsync("owner@acme.test");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => driver.ExchangeAsync(code, verifier)));

        var winners = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToArray();
        Assert.Single(winners);
        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.BadRequest));
        var tokens = await CodeFlowDriver.JsonAsync(winners[0]);
        Assert.Equal(HttpStatusCode.Unauthorized, await driver.UserInfoStatusAsync(tokens.GetProperty("access_token").GetString()!));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Exchange_WithAnotherRedirectUri_IsInvalidGrant()
    {
        using var driver = new CodeFlowDriver(server.Factory);
        var (code, verifier) = await driver.SignInForCodeAsync("member@acme.test");

        using var response = await driver.ExchangeAsync(code, verifier, "http://127.0.0.1:5173/other");

        Assert.Equal("invalid_grant", (await CodeFlowDriver.JsonAsync(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Exchange_WithTheWrongVerifier_IsInvalidGrant_AndTheCodeStillWorksWithTheRightOne()
    {
        using var driver = new CodeFlowDriver(server.Factory);
        var (code, verifier) = await driver.SignInForCodeAsync("member@acme.test");

        using var wrong = await driver.ExchangeAsync(code, CodeFlowDriver.Pkce().Verifier);
        using var right = await driver.ExchangeAsync(code, verifier);

        Assert.Equal("invalid_grant", (await CodeFlowDriver.JsonAsync(wrong)).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData(null)]
    public async Task Authorize_WithoutS256_RedirectsInvalidRequest_WithStateAndIss(string? method)
    {
        using var driver = new CodeFlowDriver(server.Factory);
        var url = CodeFlowDriver.AuthorizeUrl(CodeFlowDriver.Pkce().Challenge).Replace("&code_challenge_method=S256",
            method is null ? string.Empty : "&code_challenge_method=" + method, StringComparison.Ordinal);

        using var response = await driver.Browser.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith(CodeFlowDriver.RedirectUri + "?error=invalid_request", location, StringComparison.Ordinal);
        Assert.Contains("state=state-1", location, StringComparison.Ordinal);
        Assert.Contains("iss=http%3A%2F%2Flocalhost", location, StringComparison.Ordinal);
    }

    private static JsonElement Claims(string jwt) =>
        JsonDocument.Parse(Convert.FromBase64String(Pad(jwt.Split('.')[1].Replace('-', '+').Replace('_', '/')))).RootElement.Clone();

    private static string Pad(string base64) => base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
}
