using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KtPortal.Api.Tests.OAuth;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KtPortal.Api.Tests.GraphQL;

/// <summary>Personal API tokens over HTTP against the real host: made, used as bearer tokens, listed and revoked.</summary>
public sealed class PersonalAccessTokenTests(OAuthServerFixture fixture) : IClassFixture<OAuthServerFixture>
{
    private const string CreateMutation = """
        mutation($name: String!, $scopes: [String!]!) {
          createPersonalAccessToken(input: { name: $name, scopes: $scopes, expiresInDays: 30 }) {
            token personalAccessToken { id name prefix scopes lastUsedAt expiresAt } errors { __typename ... on Error { code } }
          }
        }
        """;

    private const string RevokeMutation = """
        mutation($id: ID!) { revokePersonalAccessToken(input: { id: $id }) { personalAccessTokenId errors { __typename ... on Error { code } } } }
        """;

    private NpgsqlDataSource Database => fixture.Factory.Services.GetRequiredService<NpgsqlDataSource>();

    [Fact]
    public async Task A_staff_token_is_made_used_listed_with_its_last_use_and_refused_once_revoked()
    {
        var access = await AccessTokenAsync("agent@kre8ivtech.test");
        var (secret, id) = await CreateAsync(access, "ci deploys", ["api:read"]);
        Assert.StartsWith("ktp_", secret, StringComparison.Ordinal);

        var (status, viewer) = await PostAsync("{ viewer { user { email } organization { slug } scopes isStaff } }", secret);
        Assert.Equal(HttpStatusCode.OK, status);
        var data = viewer!.RootElement.GetProperty("data").GetProperty("viewer");
        Assert.Equal("agent@kre8ivtech.test", data.GetProperty("user").GetProperty("email").GetString());
        Assert.Equal("kre8ivtech", data.GetProperty("organization").GetProperty("slug").GetString());
        Assert.Equal(["api:read"], data.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.True(data.GetProperty("isStaff").GetBoolean());

        var (_, list) = await PostAsync("{ viewer { personalAccessTokens { id name prefix scopes lastUsedAt } } }", access);
        var listed = Assert.Single(
            list!.RootElement.GetProperty("data").GetProperty("viewer").GetProperty("personalAccessTokens").EnumerateArray(),
            t => t.GetProperty("id").GetString() == id);
        Assert.Equal("ci deploys", listed.GetProperty("name").GetString());
        Assert.Equal(secret[..12], listed.GetProperty("prefix").GetString());
        Assert.Equal(JsonValueKind.String, listed.GetProperty("lastUsedAt").ValueKind);
        Assert.DoesNotContain(secret, list.RootElement.GetRawText(), StringComparison.Ordinal);

        var (_, revoked) = await PostAsync(RevokeMutation, access, new { id });
        Assert.Equal(id, revoked!.RootElement.GetProperty("data").GetProperty("revokePersonalAccessToken").GetProperty("personalAccessTokenId").GetString());

        var (after, _) = await PostAsync("{ viewer { isStaff } }", secret);
        Assert.Equal(HttpStatusCode.Unauthorized, after);
    }

    [Fact]
    public async Task A_partner_may_make_a_token_that_acts_for_the_partner_organization()
    {
        var (secret, _) = await CreateAsync(await AccessTokenAsync("partner@northwind.test"), "sync", ["api:read"]);

        var (status, viewer) = await PostAsync("{ viewer { user { email } organization { kind } } }", secret);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("PARTNER", viewer!.RootElement.GetProperty("data").GetProperty("viewer").GetProperty("organization").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Only_the_hash_is_stored_never_the_secret()
    {
        var (secret, id) = await CreateAsync(await AccessTokenAsync("agent@kre8ivtech.test"), "hash check", ["api:read"]);
        var tokenId = KeyOf(id);

        await using var command = Database.CreateCommand("SELECT token_hash, t::text FROM personal_access_tokens t WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = tokenId });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), reader.GetFieldValue<byte[]>(0));
        Assert.DoesNotContain(secret[12..], reader.GetString(1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var (secret, id) = await CreateAsync(await AccessTokenAsync("agent@kre8ivtech.test"), "short lived", ["api:read"]);
        var tokenId = KeyOf(id);
        await using (var command = Database.CreateCommand(
            "UPDATE personal_access_tokens SET created_at = now() - interval '2 days', expires_at = now() - interval '1 day' WHERE id = $1"))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = tokenId });
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var (status, _) = await PostAsync("{ viewer { isStaff } }", secret);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task A_client_user_gets_NotAllowed_and_no_token()
    {
        var access = await AccessTokenAsync("owner@acme.test");

        var (_, json) = await PostAsync(CreateMutation, access, new { name = "mine", scopes = new[] { "api:read" } });

        var payload = json!.RootElement.GetProperty("data").GetProperty("createPersonalAccessToken");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("token").ValueKind);
        Assert.Equal("NOT_ALLOWED", payload.GetProperty("errors")[0].GetProperty("code").GetString());
        var (_, list) = await PostAsync("{ viewer { personalAccessTokens { id } } }", access);
        Assert.Equal(0, list!.RootElement.GetProperty("data").GetProperty("viewer").GetProperty("personalAccessTokens").GetArrayLength());
    }

    [Fact]
    public async Task Scopes_beyond_the_callers_own_API_scopes_are_refused()
    {
        // A token that may write but not read: api:read is beyond it.
        var access = await AccessTokenAsync("agent@kre8ivtech.test", "openid email api:write");

        foreach (var scopes in new[] { new[] { "api:read" }, new[] { "api:read", "api:write" }, new[] { "openid" }, Array.Empty<string>() })
        {
            var (_, json) = await PostAsync(CreateMutation, access, new { name = "too much", scopes });
            var payload = json!.RootElement.GetProperty("data").GetProperty("createPersonalAccessToken");
            Assert.Equal(JsonValueKind.Null, payload.GetProperty("token").ValueKind);
            Assert.Equal("INVALID_SCOPES", payload.GetProperty("errors")[0].GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task Another_users_token_cannot_be_revoked()
    {
        var (secret, id) = await CreateAsync(await AccessTokenAsync("partner@northwind.test"), "theirs", ["api:read"]);

        var (_, json) = await PostAsync(RevokeMutation, await AccessTokenAsync("agent@kre8ivtech.test"), new { id });

        var payload = json!.RootElement.GetProperty("data").GetProperty("revokePersonalAccessToken");
        Assert.Equal("PERSONAL_ACCESS_TOKEN_NOT_FOUND", payload.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("{ viewer { isStaff } }", secret)).Status);
    }

    [Fact]
    public async Task A_made_up_token_with_the_prefix_is_refused()
    {
        var (status, _) = await PostAsync("{ viewer { isStaff } }", "ktp_" + new string('A', 43));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    private async Task<(string Secret, string Id)> CreateAsync(string accessToken, string name, string[] scopes)
    {
        var (_, json) = await PostAsync(CreateMutation, accessToken, new { name, scopes });
        var payload = json!.RootElement.GetProperty("data").GetProperty("createPersonalAccessToken");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        return (payload.GetProperty("token").GetString()!, payload.GetProperty("personalAccessToken").GetProperty("id").GetString()!);
    }

    private static Guid KeyOf(string id)
    {
        Assert.True(new NodeIdSerializer().TryParse(id, out var nodeId));
        Assert.Equal("PersonalAccessToken", nodeId.TypeName);
        Assert.True(nodeId.TryGetKey<Guid>(out var key));
        return key;
    }

    private async Task<string> AccessTokenAsync(string email, string scope = "openid email api:read api:write")
    {
        using var driver = new CodeFlowDriver(fixture.Factory);
        return (await driver.SignInForTokensAsync(email, scope)).GetProperty("access_token").GetString()!;
    }

    private async Task<(HttpStatusCode Status, JsonDocument? Json)> PostAsync(string query, string token, object? variables = null)
    {
        using var client = fixture.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.StatusCode == HttpStatusCode.OK ? JsonDocument.Parse(body) : null);
    }
}
