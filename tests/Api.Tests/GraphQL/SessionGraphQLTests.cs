using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KtPortal.Api.OAuth.Sessions;
using KtPortal.Api.Seed;
using KtPortal.Api.Tests.OAuth;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.Api.Tests.GraphQL;

/// <summary><c>viewer.sessions</c> and <c>revokeSession</c> over HTTP against the real host, with tokens from the code flow.</summary>
public sealed class SessionGraphQLTests(OAuthServerFixture fixture) : IClassFixture<OAuthServerFixture>
{
    private const string RevokeMutation = """
        mutation($id: ID!) {
          revokeSession(input: { sessionId: $id }) { sessionId errors { __typename ... on Error { code message } } }
        }
        """;

    private static readonly NodeIdSerializer Ids = new();

    private SessionService Sessions => fixture.Factory.Services.GetRequiredService<SessionService>();

    [Fact]
    public async Task Viewer_sessions_lists_the_callers_sessions_with_global_ids_and_marks_the_current_one()
    {
        using var driver = new CodeFlowDriver(fixture.Factory);
        driver.Browser.DefaultRequestHeaders.UserAgent.ParseAdd("SessionGraphQLTest/1.0");
        var first = await AccessTokenAsync(driver, "owner@globex.test");
        await AccessTokenAsync(driver, "owner@globex.test");
        var expected = await Sessions.ListAsync(DemoSeed.IdOf("user", "owner@globex.test"));
        var current = await Sessions.SessionOfAccessTokenAsync(TokenIdOf(first));

        using var json = await PostAsync("{ viewer { sessions { id client { clientId name } createdAt lastUsedAt userAgent current } } }", first);

        var sessions = json.RootElement.GetProperty("data").GetProperty("viewer").GetProperty("sessions").EnumerateArray().ToList();
        Assert.Equal(expected.Select(s => Ids.Format("Session", s.Id)), sessions.Select(s => s.GetProperty("id").GetString()));
        Assert.All(sessions, s => Assert.Equal(DemoSeed.SpaClientId, s.GetProperty("client").GetProperty("clientId").GetString()));
        Assert.All(sessions, s => Assert.Equal("KtPortal web app", s.GetProperty("client").GetProperty("name").GetString()));
        var marked = Assert.Single(sessions, s => s.GetProperty("current").GetBoolean());
        Assert.Equal(Ids.Format("Session", current!.Value), marked.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Viewer_sessions_of_a_client_acting_for_itself_is_empty()
    {
        using var response = await fixture.PostFormAsync(
            "/oauth/token", [new("grant_type", "client_credentials")], OAuthServerFixture.Basic(DemoSeed.PartnerClientId, DemoSeed.PartnerClientSecret));
        var token = (await CodeFlowDriver.JsonAsync(response)).GetProperty("access_token").GetString()!;

        using var json = await PostAsync("{ viewer { sessions { id } } }", token);

        Assert.Equal(0, json.RootElement.GetProperty("data").GetProperty("viewer").GetProperty("sessions").GetArrayLength());
    }

    [Fact]
    public async Task RevokeSession_ends_another_own_session_and_its_access_token_is_refused()
    {
        using var driver = new CodeFlowDriver(fixture.Factory);
        var keeper = await AccessTokenAsync(driver, "member@acme.test");
        var victim = await AccessTokenAsync(driver, "member@acme.test");
        var victimSession = (await Sessions.SessionOfAccessTokenAsync(TokenIdOf(victim)))!.Value;

        using var json = await PostAsync(RevokeMutation, keeper, new { id = Ids.Format("Session", victimSession) });

        var payload = json.RootElement.GetProperty("data").GetProperty("revokeSession");
        Assert.Equal(Ids.Format("Session", victimSession), payload.GetProperty("sessionId").GetString());
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal(HttpStatusCode.Unauthorized, await driver.UserInfoStatusAsync(victim));
        Assert.Equal(HttpStatusCode.OK, await driver.UserInfoStatusAsync(keeper));
    }

    [Fact]
    public async Task RevokeSession_of_another_tenants_user_is_SessionNotFound_and_revokes_nothing()
    {
        using var driver = new CodeFlowDriver(fixture.Factory);
        var stranger = await AccessTokenAsync(driver, "owner@acme.test");
        var foreign = await AccessTokenAsync(driver, "partner@northwind.test");
        var foreignSession = (await Sessions.SessionOfAccessTokenAsync(TokenIdOf(foreign)))!.Value;

        using var json = await PostAsync(RevokeMutation, stranger, new { id = Ids.Format("Session", foreignSession) });
        using var unknown = await PostAsync(RevokeMutation, stranger, new { id = Ids.Format("Session", Guid.NewGuid()) });

        foreach (var document in new[] { json, unknown })
        {
            var payload = document.RootElement.GetProperty("data").GetProperty("revokeSession");
            Assert.Equal(JsonValueKind.Null, payload.GetProperty("sessionId").ValueKind);
            var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
            Assert.Equal("SessionNotFoundError", error.GetProperty("__typename").GetString());
            Assert.Equal("SESSION_NOT_FOUND", error.GetProperty("code").GetString());
        }

        Assert.Equal(
            json.RootElement.GetProperty("data").GetProperty("revokeSession").GetProperty("errors")[0].GetProperty("message").GetString(),
            unknown.RootElement.GetProperty("data").GetProperty("revokeSession").GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Contains(await Sessions.ListAsync(DemoSeed.IdOf("user", "partner@northwind.test")), s => s.Id == foreignSession);
        Assert.Equal(HttpStatusCode.OK, await driver.UserInfoStatusAsync(foreign));
    }

    [Fact]
    public async Task RevokeSession_by_an_admin_of_the_members_organization_ends_it()
    {
        using var driver = new CodeFlowDriver(fixture.Factory);
        var owner = await AccessTokenAsync(driver, "owner@acme.test");
        var member = await AccessTokenAsync(driver, "member@acme.test");
        var memberSession = (await Sessions.SessionOfAccessTokenAsync(TokenIdOf(member)))!.Value;

        using var json = await PostAsync(RevokeMutation, owner, new { id = Ids.Format("Session", memberSession) });

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("data").GetProperty("revokeSession").GetProperty("errors").ValueKind);
        Assert.Equal(HttpStatusCode.Unauthorized, await driver.UserInfoStatusAsync(member));
    }

    [Fact]
    public async Task Concurrent_revocations_of_one_session_succeed_exactly_once()
    {
        using var driver = new CodeFlowDriver(fixture.Factory);
        var caller = await AccessTokenAsync(driver, "agent@kre8ivtech.test");
        var target = await AccessTokenAsync(driver, "agent@kre8ivtech.test");
        var targetSession = (await Sessions.SessionOfAccessTokenAsync(TokenIdOf(target)))!.Value;

        var documents = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            PostAsync(RevokeMutation, caller, new { id = Ids.Format("Session", targetSession) })));
        try
        {
            var errors = documents.Select(d => d.RootElement.GetProperty("data").GetProperty("revokeSession").GetProperty("errors")).ToList();
            Assert.Single(errors, e => e.ValueKind == JsonValueKind.Null);
            Assert.Equal(5, errors.Count(e => e.ValueKind == JsonValueKind.Array && e[0].GetProperty("code").GetString() == "SESSION_NOT_FOUND"));
        }
        finally
        {
            foreach (var document in documents)
            {
                document.Dispose();
            }
        }
    }

    [Fact]
    public async Task RevokeSession_without_a_token_is_AUTH_NOT_AUTHENTICATED()
    {
        using var json = await PostAsync(RevokeMutation, token: null, new { id = Ids.Format("Session", Guid.NewGuid()) });
        Assert.Equal("AUTH_NOT_AUTHENTICATED", json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task OrganizationSessions_lists_members_sessions_for_an_admin_and_nothing_for_others()
    {
        using var driver = new CodeFlowDriver(fixture.Factory);
        var owner = await AccessTokenAsync(driver, "owner@acme.test");
        var member = await AccessTokenAsync(driver, "member@acme.test");
        var memberSession = (await Sessions.SessionOfAccessTokenAsync(TokenIdOf(member)))!.Value;
        var stranger = await AccessTokenAsync(driver, "owner@globex.test");
        var query = $$"""{ organizationSessions(organizationId: "{{Ids.Format("Organization", DemoSeed.IdOf("organization", "acme"))}}") { id userId } }""";

        using var asAdmin = await PostAsync(query, owner);
        using var asMember = await PostAsync(query, member);
        using var asStranger = await PostAsync(query, stranger);

        var listed = asAdmin.RootElement.GetProperty("data").GetProperty("organizationSessions").EnumerateArray().ToList();
        var entry = Assert.Single(listed, s => s.GetProperty("id").GetString() == Ids.Format("Session", memberSession));
        Assert.Equal(Ids.Format("User", DemoSeed.IdOf("user", "member@acme.test")), entry.GetProperty("userId").GetString());
        Assert.Equal(0, asMember.RootElement.GetProperty("data").GetProperty("organizationSessions").GetArrayLength());
        Assert.Equal(0, asStranger.RootElement.GetProperty("data").GetProperty("organizationSessions").GetArrayLength());
    }

    private static async Task<string> AccessTokenAsync(CodeFlowDriver driver, string email)
        => (await driver.SignInForTokensAsync(email, "openid email api:read api:write")).GetProperty("access_token").GetString()!;

    // The jti of a JWT, read without verifying it: the test only needs to know which session issued it.
    private static string TokenIdOf(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        using var json = JsonDocument.Parse(Convert.FromBase64String(payload));
        return json.RootElement.GetProperty("jti").GetString()!;
    }

    private async Task<JsonDocument> PostAsync(string query, string? token, object? variables = null)
    {
        using var client = fixture.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
