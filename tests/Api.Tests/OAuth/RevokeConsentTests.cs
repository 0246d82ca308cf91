using System.Net;
using System.Text.Json;
using KtPortal.Api.OAuth.Endpoints;
using KtPortal.Api.Seed;
using KtPortal.Api.Tests.Identity;
using KtPortal.Domain.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace KtPortal.Api.Tests.OAuth;

/// <summary>
/// <c>viewer.consents</c> lists the third-party apps a user allowed; <c>revokeConsent</c> forgets one, ends the user's
/// sessions at it, and makes its next authorization ask again.
/// </summary>
public sealed class RevokeConsentTests(OAuthServerFixture server) : IClassFixture<OAuthServerFixture>
{
    private const string Revoke = """
        mutation($client: String!) {
          revokeConsent(input: { clientId: $client }) { clientId revokedSessions errors { __typename ... on Error { code } } }
        }
        """;

    private readonly MembersKit _kit = new(server);

    [Fact]
    public async Task A_user_lists_and_revokes_a_consent_which_ends_the_apps_sessions_and_asks_again()
    {
        var (userId, email) = await _kit.UserAsync(await _kit.OrganizationAsync(OrganizationKind.Client), MembershipRole.Member);
        using var browser = new CodeFlowDriver(server.Factory);
        var (verifier, challenge) = CodeFlowDriver.Pkce();
        var request = CodeFlowDriver.AuthorizeUrl(challenge, DemoSeed.ThirdPartyClientId, "openid email");
        using (var login = await browser.LoginAsync(email, DemoSeed.DemoPassword, request))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        var fields = await browser.FormFieldsAsync(request);
        fields["decision"] = "allow";
        string code;
        using (var allowed = await browser.PostAsync(AuthorizationEndpoint.ConsentPath, fields))
        {
            code = QueryHelpers.ParseQuery(allowed.Headers.Location!.Query)["code"].ToString();
        }

        var appTokens = await ExchangeAsync(code, verifier);
        var token = await _kit.TokenAsync(email);

        var listed = Assert.Single((await _kit.GraphQLAsync("{ viewer { consents { clientId clientName scopes grantedAt } } }", token))
            .GetProperty("data").GetProperty("viewer").GetProperty("consents").EnumerateArray());
        Assert.Equal(DemoSeed.ThirdPartyClientId, listed.GetProperty("clientId").GetString());
        Assert.Equal("Conformance: third-party app", listed.GetProperty("clientName").GetString());
        Assert.Equal(["email", "openid"], listed.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));

        var payload = (await _kit.GraphQLAsync(Revoke, token, new { client = DemoSeed.ThirdPartyClientId })).GetProperty("data").GetProperty("revokeConsent");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal(DemoSeed.ThirdPartyClientId, payload.GetProperty("clientId").GetString());
        Assert.Equal(1, payload.GetProperty("revokedSessions").GetInt32());
        Assert.Equal(0, await _kit.CountAsync($"SELECT count(*) FROM oauth_consents WHERE user_id = '{userId}'"));
        Assert.Equal(HttpStatusCode.Unauthorized, await browser.UserInfoStatusAsync(appTokens.GetProperty("access_token").GetString()!));
        Assert.Equal(HttpStatusCode.OK, await browser.UserInfoStatusAsync(token));
        Assert.Equal(1, await _kit.CountAsync(
            $"SELECT count(*) FROM audit_events WHERE kind = 'CONSENT_REVOKED' AND actor_user_id = '{userId}' AND detail->>'client' = '{DemoSeed.ThirdPartyClientId}'"));

        // The app's next authorization shows the consent page again.
        using (var again = await browser.Browser.GetAsync(new Uri(request, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Contains(AuthorizationEndpoint.ConsentPath, await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var twice = (await _kit.GraphQLAsync(Revoke, token, new { client = DemoSeed.ThirdPartyClientId })).GetProperty("data").GetProperty("revokeConsent");
        Assert.Equal("CONSENT_NOT_FOUND", MembersKit.ErrorCode(twice));
    }

    [Fact]
    public async Task Revoking_a_consent_the_caller_never_gave_is_ConsentNotFoundError_and_leaves_others_consents()
    {
        var org = await _kit.OrganizationAsync(OrganizationKind.Client);
        var (ownerId, _) = await _kit.UserAsync(org, MembershipRole.Owner);
        var (_, other) = await _kit.UserAsync(org, MembershipRole.Member);
        await using (var command = server.Database.DataSource.CreateCommand(
            "INSERT INTO oauth_consents (user_id, client_id, scopes, granted_at) VALUES ($1, $2, '{openid}', now())"))
        {
            command.Parameters.AddWithValue(ownerId);
            command.Parameters.AddWithValue(DemoSeed.ThirdPartyClientId);
            await command.ExecuteNonQueryAsync();
        }

        var token = await _kit.TokenAsync(other);
        var payload = (await _kit.GraphQLAsync(Revoke, token, new { client = DemoSeed.ThirdPartyClientId })).GetProperty("data").GetProperty("revokeConsent");

        Assert.Equal("CONSENT_NOT_FOUND", MembersKit.ErrorCode(payload));
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("clientId").ValueKind);
        Assert.Equal(0, (await _kit.GraphQLAsync("{ viewer { consents { clientId } } }", token)).GetProperty("data").GetProperty("viewer").GetProperty("consents").GetArrayLength());
        Assert.Equal(1, await _kit.CountAsync($"SELECT count(*) FROM oauth_consents WHERE user_id = '{ownerId}'"));
    }

    [Fact]
    public async Task RevokeConsent_without_a_token_is_AUTH_NOT_AUTHENTICATED()
    {
        var json = await _kit.GraphQLAsync(Revoke, token: null, new { client = DemoSeed.ThirdPartyClientId });
        Assert.Equal("AUTH_NOT_AUTHENTICATED", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<JsonElement> ExchangeAsync(string code, string verifier)
    {
        using var response = await server.PostFormAsync("/oauth/token",
        [
            new("grant_type", "authorization_code"),
            new("client_id", DemoSeed.ThirdPartyClientId),
            new("code", code),
            new("code_verifier", verifier),
            new("redirect_uri", CodeFlowDriver.RedirectUri),
        ]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await CodeFlowDriver.JsonAsync(response);
    }
}
