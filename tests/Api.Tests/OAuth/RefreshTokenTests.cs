using System.Net;
using KtPortal.Api.OAuth;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.Api.Tests.OAuth;

public sealed class RefreshTokenTests(OAuthServerFixture server) : IClassFixture<OAuthServerFixture>
{
    [Fact]
    public async Task Refresh_RotatesTheToken_AndStoresOnlyHashes()
    {
        using var driver = new CodeFlowDriver(server.Factory);
        var tokens = await driver.SignInForTokensAsync("member@acme.test");
        var refreshToken = tokens.GetProperty("refresh_token").GetString()!;

        using var response = await driver.RefreshAsync(refreshToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var next = (await CodeFlowDriver.JsonAsync(response)).GetProperty("refresh_token").GetString()!;
        Assert.NotEqual(refreshToken, next);
        Assert.Equal(0, await server.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM oauth_refresh_tokens WHERE token_hash IN ('{refreshToken}', '{next}')"));
    }

    [Fact]
    public async Task Refresh_ConcurrentUsesOfOneToken_WithinTheGrace_AllSucceed_InOneLiveFamily()
    {
        using var driver = new CodeFlowDriver(server.Factory);
        var tokens = await driver.SignInForTokensAsync("owner@acme.test");
        var refreshToken = tokens.GetProperty("refresh_token").GetString()!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => driver.RefreshAsync(refreshToken)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var accessTokens = await Task.WhenAll(responses.Select(async r => (await CodeFlowDriver.JsonAsync(r)).GetProperty("access_token").GetString()!));
        Assert.All(await Task.WhenAll(accessTokens.Select(driver.UserInfoStatusAsync)), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(0, await server.Database.ScalarAsync<long>(
            "SELECT count(*) FROM oauth_token_families f JOIN users u ON u.id = f.user_id WHERE u.email = 'owner@acme.test' AND f.revoked_at IS NOT NULL"));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Refresh_ReplayOfATokenWhoseSuccessorWasUsed_RevokesTheFamily_EvenWithinTheGrace()
    {
        using var driver = new CodeFlowDriver(server.Factory);
        var tokens = await driver.SignInForTokensAsync("agent@kre8ivtech.test");
        var original = tokens.GetProperty("refresh_token").GetString()!;
        using var first = await driver.RefreshAsync(original);
        var successor = (await CodeFlowDriver.JsonAsync(first)).GetProperty("refresh_token").GetString()!;
        using var second = await driver.RefreshAsync(successor);
        var latest = await CodeFlowDriver.JsonAsync(second);

        using var replay = await driver.RefreshAsync(original);

        Assert.Equal("invalid_grant", (await CodeFlowDriver.JsonAsync(replay)).GetProperty("error").GetString());
        using var afterwards = await driver.RefreshAsync(latest.GetProperty("refresh_token").GetString()!);
        Assert.Equal(HttpStatusCode.BadRequest, afterwards.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await driver.UserInfoStatusAsync(latest.GetProperty("access_token").GetString()!));
    }

    [Fact]
    public async Task Refresh_ReplayAfterTheGrace_RevokesTheFamily()
    {
        await using var factory = new PortalFactory(server.Database.ConnectionString,
            configureServices: services => services.Configure<OAuthServerOptions>(o => o.RefreshTokenReuseGrace = TimeSpan.Zero));
        using var driver = new CodeFlowDriver(factory);
        var tokens = await driver.SignInForTokensAsync("partner@northwind.test");
        var original = tokens.GetProperty("refresh_token").GetString()!;
        using var first = await driver.RefreshAsync(original);
        var rotated = await CodeFlowDriver.JsonAsync(first);
        await Task.Delay(TimeSpan.FromMilliseconds(20));

        using var replay = await driver.RefreshAsync(original);

        Assert.Equal("invalid_grant", (await CodeFlowDriver.JsonAsync(replay)).GetProperty("error").GetString());
        using var afterwards = await driver.RefreshAsync(rotated.GetProperty("refresh_token").GetString()!);
        Assert.Equal(HttpStatusCode.BadRequest, afterwards.StatusCode);
    }

    [Fact]
    public async Task Revoke_ARefreshToken_EndsItsSession_ButNotForAnotherClient()
    {
        using var driver = new CodeFlowDriver(server.Factory);
        var tokens = await driver.SignInForTokensAsync("member@acme.test");
        var refreshToken = tokens.GetProperty("refresh_token").GetString()!;

        using var foreign = await server.PostFormAsync("/oauth/revoke", [new("client_id", "conformance-third-party"), new("token", refreshToken)]);
        Assert.Equal(HttpStatusCode.OK, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await driver.UserInfoStatusAsync(tokens.GetProperty("access_token").GetString()!));

        using var own = await server.PostFormAsync("/oauth/revoke",
            [new("client_id", "portal-spa"), new("token", refreshToken), new("token_type_hint", "refresh_token")]);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await driver.UserInfoStatusAsync(tokens.GetProperty("access_token").GetString()!));
        using var refresh = await driver.RefreshAsync(refreshToken);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
    }

    [Fact]
    public async Task Refresh_ByAnotherClient_IsInvalidGrant()
    {
        using var driver = new CodeFlowDriver(server.Factory);
        var tokens = await driver.SignInForTokensAsync("member@acme.test");

        using var response = await server.PostFormAsync("/oauth/token",
        [
            new("grant_type", "refresh_token"),
            new("client_id", "conformance-third-party"),
            new("refresh_token", tokens.GetProperty("refresh_token").GetString()!),
        ]);

        Assert.Equal("invalid_grant", (await CodeFlowDriver.JsonAsync(response)).GetProperty("error").GetString());
    }
}
