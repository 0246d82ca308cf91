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
    public async Task Throttle_AfterTenFailuresOnOneAccount_RefusesIt_WhileAnotherAccountStillPasses()
    {
        using var throttle = new InMemoryLoginThrottle();
        for (var failure = 0; failure < InMemoryLoginThrottle.FailuresPerAccount; failure++)
        {
            Assert.True(await throttle.IsAllowedAsync("someone@acme.test", "10.0.0.1", CancellationToken.None));
            await throttle.RecordFailureAsync("someone@acme.test", "10.0.0.1", CancellationToken.None);
        }

        Assert.False(await throttle.IsAllowedAsync("SOMEONE@acme.test", "10.0.0.2", CancellationToken.None));
        Assert.True(await throttle.IsAllowedAsync("other@acme.test", "10.0.0.1", CancellationToken.None));
    }

    [Fact]
    public async Task Throttle_OneAddressFailingAcrossManyAccounts_IsRefusedPastItsBudget()
    {
        using var throttle = new InMemoryLoginThrottle();
        for (var failure = 0; failure < InMemoryLoginThrottle.FailuresPerAddress; failure++)
        {
            await throttle.RecordFailureAsync($"user{failure}@acme.test", "10.0.0.9", CancellationToken.None);
        }

        Assert.False(await throttle.IsAllowedAsync("fresh@acme.test", "10.0.0.9", CancellationToken.None));
        Assert.True(await throttle.IsAllowedAsync("fresh@acme.test", "10.0.0.10", CancellationToken.None));
    }

    [Fact]
    public async Task Throttle_SuccessfulSignIns_AreNeverCounted()
    {
        using var throttle = new InMemoryLoginThrottle();
        for (var check = 0; check < 100; check++)
        {
            Assert.True(await throttle.IsAllowedAsync("busy@acme.test", "10.0.0.3", CancellationToken.None));
        }
    }

    [Fact]
    public async Task Login_ThrottledAddress_Is429_EvenWithTheRightPassword()
    {
        await using var factory = new PortalFactory(server.Database.ConnectionString);
        var throttle = (ILoginThrottle)factory.Services.GetService(typeof(ILoginThrottle))!;
        for (var failure = 0; failure < InMemoryLoginThrottle.FailuresPerAccount; failure++)
        {
            await throttle.RecordFailureAsync("owner@acme.test", null, CancellationToken.None);
        }

        using var driver = new CodeFlowDriver(factory);
        using var response = await driver.LoginAsync("owner@acme.test", DemoSeed.DemoPassword, "/oauth/authorize?x=1");

        Assert.Equal((HttpStatusCode)429, response.StatusCode);
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
