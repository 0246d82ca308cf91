using System.Net;
using KtPortal.Api.OAuth.Endpoints;
using KtPortal.Api.Seed;
using Microsoft.AspNetCore.WebUtilities;

namespace KtPortal.Api.Tests.OAuth;

/// <summary>A third-party client asks for consent once per set of scopes: the same or fewer skip the page, more ask again.</summary>
public sealed class RememberedConsentTests(OAuthServerFixture server) : IClassFixture<OAuthServerFixture>
{
    private const string Email = "owner@acme.test";

    [Fact]
    public async Task Consent_is_remembered_for_the_same_or_fewer_scopes_and_asked_again_for_more()
    {
        using var driver = new CodeFlowDriver(server.Factory);
        var (_, challenge) = CodeFlowDriver.Pkce();
        var first = ThirdParty(challenge, "openid email");
        using (var login = await driver.LoginAsync(Email, DemoSeed.DemoPassword, first))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        Assert.True(await ShowsConsentAsync(driver, first));
        var fields = await driver.FormFieldsAsync(first);
        fields["decision"] = "allow";
        using (var allowed = await driver.PostAsync(AuthorizationEndpoint.ConsentPath, fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
            Assert.False(string.IsNullOrEmpty(QueryHelpers.ParseQuery(allowed.Headers.Location!.Query)["code"]));
        }

        Assert.Equal("{email,openid}", await server.Database.ScalarAsync<string>(
            $"SELECT scopes::text FROM oauth_consents WHERE user_id = '{DemoSeed.IdOf("user", Email)}' AND client_id = '{DemoSeed.ThirdPartyClientId}'"));
        Assert.False(await ShowsConsentAsync(driver, first));
        Assert.False(await ShowsConsentAsync(driver, ThirdParty(challenge, "openid")));
        Assert.True(await ShowsConsentAsync(driver, ThirdParty(challenge, "openid email profile")));
        Assert.True(await ShowsConsentAsync(driver, ThirdParty(challenge, "openid", prompt: "consent")));

        // Allowing the wider request adds to the consent; a narrower request afterwards does not take any back.
        fields = await driver.FormFieldsAsync(ThirdParty(challenge, "openid email profile"));
        fields["decision"] = "allow";
        using (var wider = await driver.PostAsync(AuthorizationEndpoint.ConsentPath, fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, wider.StatusCode);
        }

        fields = await driver.FormFieldsAsync(ThirdParty(challenge, "openid", prompt: "consent"));
        fields["decision"] = "allow";
        using (var narrower = await driver.PostAsync(AuthorizationEndpoint.ConsentPath, fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, narrower.StatusCode);
        }

        Assert.Equal("{email,openid,profile}", await server.Database.ScalarAsync<string>(
            $"SELECT scopes::text FROM oauth_consents WHERE user_id = '{DemoSeed.IdOf("user", Email)}' AND client_id = '{DemoSeed.ThirdPartyClientId}'"));
        Assert.False(await ShowsConsentAsync(driver, ThirdParty(challenge, "email profile")));
    }

    [Fact]
    public async Task Denying_consent_remembers_nothing()
    {
        const string Denier = "member@acme.test";
        using var driver = new CodeFlowDriver(server.Factory);
        var (_, challenge) = CodeFlowDriver.Pkce();
        var request = ThirdParty(challenge, "openid email");
        using (var login = await driver.LoginAsync(Denier, DemoSeed.DemoPassword, request))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        var fields = await driver.FormFieldsAsync(request);
        fields["decision"] = "deny";
        using (var denied = await driver.PostAsync(AuthorizationEndpoint.ConsentPath, fields))
        {
            Assert.Equal("access_denied", QueryHelpers.ParseQuery(denied.Headers.Location!.Query)["error"].ToString());
        }

        Assert.True(await ShowsConsentAsync(driver, request));
        Assert.Equal(0, await server.Database.ScalarAsync<long>($"SELECT count(*) FROM oauth_consents WHERE user_id = '{DemoSeed.IdOf("user", Denier)}'"));
    }

    private static string ThirdParty(string challenge, string scope, string? prompt = null)
    {
        var url = CodeFlowDriver.AuthorizeUrl(challenge, DemoSeed.ThirdPartyClientId, scope);
        return prompt is null ? url : QueryHelpers.AddQueryString(url, "prompt", prompt);
    }

    // The consent page answers 200; a remembered consent redirects straight to the client with a code.
    private static async Task<bool> ShowsConsentAsync(CodeFlowDriver driver, string url)
    {
        using var response = await driver.Browser.GetAsync(new Uri(url, UriKind.Relative));
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Assert.Contains(AuthorizationEndpoint.ConsentPath, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            return true;
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(QueryHelpers.ParseQuery(response.Headers.Location!.Query)["code"]));
        return false;
    }
}
