using System.Net;
using KtPortal.Api.Identity;
using KtPortal.Api.Identity.Login;
using KtPortal.Api.Seed;

namespace KtPortal.Api.Tests.OAuth;

public sealed class LoginPageTests(OAuthServerFixture server) : IClassFixture<OAuthServerFixture>
{
    [Fact]
    public async Task LoginPage_IsPlainHtml_NeverCachedNorFramed_WithAnAntiforgeryField()
    {
        using var driver = new CodeFlowDriver(server.Factory);
        using var page = await driver.Browser.GetAsync(new Uri("/oauth/login", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("name=\"__csrf\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WithoutTheAntiforgeryToken_Is400()
    {
        using var driver = new CodeFlowDriver(server.Factory);
        using var response = await driver.PostAsync("/oauth/login",
            [new("email", "member@acme.test"), new("password", DemoSeed.DemoPassword), new("returnUrl", "/oauth/authorize?x=1")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Login_RightPassword_SetsAnHttpOnlyLaxCookieScopedToTheAuthorizationServer()
    {
        using var driver = new CodeFlowDriver(server.Factory);
        using var response = await driver.LoginAsync("member@acme.test", DemoSeed.DemoPassword, "/oauth/authorize?client_id=x");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/oauth/authorize?client_id=x", response.Headers.Location?.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ktportal.login=", StringComparison.Ordinal));
        Assert.Contains("path=/oauth", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LockTheAccount_SoTheRightPasswordFailsToo()
    {
        using var driver = new CodeFlowDriver(server.Factory);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await driver.LoginAsync("owner@globex.test", "not-the-password", "/oauth/authorize?x=1");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await driver.LoginAsync("owner@globex.test", DemoSeed.DemoPassword, "/oauth/authorize?x=1");

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Null(right.Headers.Location);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://attacker.example/")]
    [InlineData("//attacker.example/oauth/authorize?x")]
    [InlineData("/oauth/authorize?next=//attacker.example")]
    [InlineData("/graphql")]
    public void SafeReturnUrl_AnythingButOurAuthorizationEndpoint_FallsBackToTheDonePage(string returnUrl)
    {
        Assert.Equal("/oauth/login/done", LoginEndpoints.SafeReturnUrl(returnUrl));
    }

    [Fact]
    public async Task Throttle_TheEleventhAttemptOnOneAccount_IsRefused_WhileAnotherAccountStillPasses()
    {
        using var throttle = new InMemoryLoginThrottle();
        for (var attempt = 0; attempt < InMemoryLoginThrottle.AttemptsPerAccount; attempt++)
        {
            Assert.True(await throttle.TryAttemptAsync("someone@acme.test", "10.0.0.1", CancellationToken.None));
        }

        Assert.False(await throttle.TryAttemptAsync("SOMEONE@acme.test", "10.0.0.2", CancellationToken.None));
        Assert.True(await throttle.TryAttemptAsync("other@acme.test", "10.0.0.1", CancellationToken.None));
    }

    [Fact]
    public async Task Throttle_OneAddressAcrossManyAccounts_IsRefusedPastItsBudget()
    {
        using var throttle = new InMemoryLoginThrottle();
        for (var attempt = 0; attempt < InMemoryLoginThrottle.AttemptsPerAddress; attempt++)
        {
            Assert.True(await throttle.TryAttemptAsync($"user{attempt}@acme.test", "10.0.0.9", CancellationToken.None));
        }

        Assert.False(await throttle.TryAttemptAsync("fresh@acme.test", "10.0.0.9", CancellationToken.None));
    }

    [Theory]
    [InlineData("https://attacker.example/callback")]
    [InlineData("http://127.0.0.1:5173/callback/")]
    [InlineData("http://127.0.0.1:5173/CALLBACK")]
    public async Task Authorize_UnregisteredRedirectUri_ShowsAnErrorPage_AndNeverRedirects(string redirectUri)
    {
        using var driver = new CodeFlowDriver(server.Factory);
        var url = CodeFlowDriver.AuthorizeUrl(CodeFlowDriver.Pkce().Challenge).Replace(
            Uri.EscapeDataString(CodeFlowDriver.RedirectUri), Uri.EscapeDataString(redirectUri), StringComparison.Ordinal);

        using var response = await driver.Browser.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Authorize_NotSignedIn_RedirectsToTheLoginPageWithTheRequestToReturnTo()
    {
        using var driver = new CodeFlowDriver(server.Factory);
        var url = CodeFlowDriver.AuthorizeUrl(CodeFlowDriver.Pkce().Challenge);

        using var response = await driver.Browser.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/oauth/login?returnUrl=" + Uri.EscapeDataString(url), response.Headers.Location?.OriginalString);
    }
}
