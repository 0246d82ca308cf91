using System.Net;
using KtPortal.Api.OAuth.Sessions;
using KtPortal.Api.Seed;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.Api.Tests.OAuth;

public sealed class SessionServiceTests(OAuthServerFixture server) : IClassFixture<OAuthServerFixture>
{
    private SessionService Sessions => server.Factory.Services.GetRequiredService<SessionService>();

    [Fact]
    public async Task List_ShowsEachSignInAsASession_WithClientAndUserAgent()
    {
        using var driver = new CodeFlowDriver(server.Factory);
        driver.Browser.DefaultRequestHeaders.UserAgent.ParseAdd("SessionTest/1.0");
        await driver.SignInForTokensAsync("owner@globex.test");
        await driver.SignInForTokensAsync("owner@globex.test");

        var sessions = await Sessions.ListAsync(DemoSeed.IdOf("user", "owner@globex.test"));

        Assert.Equal(2, sessions.Count);
        Assert.All(sessions, s => Assert.Equal(DemoSeed.SpaClientId, s.ClientId));
        Assert.All(sessions, s => Assert.Equal("KtPortal web app", s.ClientName));
    }

    [Fact]
    public async Task RevokeOwn_EndsTheSession_AndItsAccessAndRefreshTokens()
    {
        using var driver = new CodeFlowDriver(server.Factory);
        var tokens = await driver.SignInForTokensAsync("member@acme.test");
        var userId = DemoSeed.IdOf("user", "member@acme.test");
        var session = (await Sessions.ListAsync(userId)).First();

        Assert.False(await Sessions.RevokeOwnAsync(DemoSeed.IdOf("user", "owner@acme.test"), session.Id));
        Assert.True(await Sessions.RevokeOwnAsync(userId, session.Id));

        Assert.DoesNotContain(await Sessions.ListAsync(userId), s => s.Id == session.Id);
        Assert.Equal(HttpStatusCode.Unauthorized, await driver.UserInfoStatusAsync(tokens.GetProperty("access_token").GetString()!));
        using var refresh = await driver.RefreshAsync(tokens.GetProperty("refresh_token").GetString()!);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
    }

    [Fact]
    public async Task RevokeAsAdmin_WorksForTheAdminsOwnOrganization_Only()
    {
        using var driver = new CodeFlowDriver(server.Factory);
        var tokens = await driver.SignInForTokensAsync("agent@kre8ivtech.test");
        var session = (await Sessions.ListAsync(DemoSeed.IdOf("user", "agent@kre8ivtech.test"))).Single();

        Assert.False(await Sessions.RevokeAsAdminAsync(DemoSeed.IdOf("user", "owner@acme.test"), session.Id));
        Assert.False(await Sessions.RevokeAsAdminAsync(DemoSeed.IdOf("user", "partner@northwind.test"), session.Id));
        Assert.Equal(HttpStatusCode.OK, await driver.UserInfoStatusAsync(tokens.GetProperty("access_token").GetString()!));

        Assert.True(await Sessions.RevokeAsAdminAsync(DemoSeed.IdOf("user", "admin@kre8ivtech.test"), session.Id));

        Assert.Equal(HttpStatusCode.Unauthorized, await driver.UserInfoStatusAsync(tokens.GetProperty("access_token").GetString()!));
        Assert.False(await Sessions.RevokeAsAdminAsync(DemoSeed.IdOf("user", "admin@kre8ivtech.test"), session.Id));
    }
}
