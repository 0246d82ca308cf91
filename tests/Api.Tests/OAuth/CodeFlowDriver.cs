using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KtPortal.Api.OAuth.Jose;
using KtPortal.Api.Seed;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace KtPortal.Api.Tests.OAuth;

/// <summary>
/// Drives the login pages and the code flow over HTTP as a browser would (cookies kept, redirects not followed),
/// against the in-memory API.
/// </summary>
internal sealed partial class CodeFlowDriver(PortalFactory factory) : IDisposable
{
    public const string RedirectUri = DemoSeed.SpaRedirectUri;

    public HttpClient Browser { get; } = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static (string Verifier, string Challenge) Pkce()
    {
        var verifier = Base64Url.Encode(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64Url.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    public static string AuthorizeUrl(string challenge, string clientId = DemoSeed.SpaClientId, string scope = "openid email api:read") =>
        QueryHelpers.AddQueryString("/oauth/authorize", new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["client_id"] = clientId,
            ["redirect_uri"] = RedirectUri,
            ["scope"] = scope,
            ["state"] = "state-1",
            ["nonce"] = "nonce-1",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        });

    /// <summary>Fetches a form page and returns its hidden fields.</summary>
    public async Task<Dictionary<string, string>> FormFieldsAsync(string url)
    {
        using var page = await Browser.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        return HiddenInput().Matches(html).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
    }

    public async Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        await Browser.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));

    /// <summary>Posts the login form for <paramref name="email"/>; the response to the post.</summary>
    public async Task<HttpResponseMessage> LoginAsync(string email, string password, string returnUrl)
    {
        var fields = await FormFieldsAsync("/oauth/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        fields["email"] = email;
        fields["password"] = password;
        return await PostAsync("/oauth/login", fields);
    }

    /// <summary>Signs in (password only) and authorizes; returns the code and the PKCE verifier.</summary>
    public async Task<(string Code, string Verifier)> SignInForCodeAsync(string email, string scope = "openid email api:read")
    {
        var (verifier, challenge) = Pkce();
        var authorize = AuthorizeUrl(challenge, scope: scope);
        using var login = await LoginAsync(email, DemoSeed.DemoPassword, authorize);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        using var response = await Browser.GetAsync(new Uri(authorize, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var query = QueryHelpers.ParseQuery(response.Headers.Location!.Query);
        return (query["code"].ToString(), verifier);
    }

    public async Task<HttpResponseMessage> ExchangeAsync(string code, string verifier, string redirectUri = RedirectUri)
    {
        using var client = factory.CreateClient();
        return await client.PostAsync(new Uri("/oauth/token", UriKind.Relative), new FormUrlEncodedContent(
        [
            new("grant_type", "authorization_code"),
            new("client_id", DemoSeed.SpaClientId),
            new("code", code),
            new("code_verifier", verifier),
            new("redirect_uri", redirectUri),
        ]));
    }

    public async Task<HttpResponseMessage> RefreshAsync(string refreshToken)
    {
        using var client = factory.CreateClient();
        return await client.PostAsync(new Uri("/oauth/token", UriKind.Relative), new FormUrlEncodedContent(
        [
            new("grant_type", "refresh_token"),
            new("client_id", DemoSeed.SpaClientId),
            new("refresh_token", refreshToken),
        ]));
    }

    /// <summary>Signs in and exchanges the code; the token response.</summary>
    public async Task<JsonElement> SignInForTokensAsync(string email, string scope = "openid email api:read")
    {
        var (code, verifier) = await SignInForCodeAsync(email, scope);
        using var response = await ExchangeAsync(code, verifier);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await JsonAsync(response);
    }

    public async Task<HttpStatusCode> UserInfoStatusAsync(string accessToken)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/oauth/userinfo", UriKind.Relative));
        request.Headers.Authorization = new("Bearer", accessToken);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public void Dispose() => Browser.Dispose();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenInput();
}
