using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KtPortal.Api.Seed;
using KtPortal.Api.Tests.OAuth;
using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;
using KtPortal.GraphQL.Types;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.Api.Tests.Identity;

/// <summary>
/// Makes each test its own organizations and users (so no test depends on another's data or on the demo seed's
/// memberships), signs them in through the code flow, and calls the GraphQL API with their tokens.
/// </summary>
internal sealed partial class MembersKit(OAuthServerFixture server)
{
    public static readonly NodeIdSerializer Ids = new();

    /// <summary>A new organization of <paramref name="kind"/>, held by <paramref name="parentId"/> when given.</summary>
    public async Task<Guid> OrganizationAsync(OrganizationKind kind, Guid? parentId = null)
    {
        var id = Guid.NewGuid();
        await using var command = server.Database.DataSource.CreateCommand(
            "INSERT INTO organizations (id, name, slug, kind, parent_organization_id) VALUES ($1, $2, $3, $4, $5)");
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue("Org " + id.ToString("N")[..8]);
        command.Parameters.AddWithValue("t-" + id.ToString("N"));
        command.Parameters.AddWithValue(EnumText.ToText(kind));
        command.Parameters.AddWithValue((object?)parentId ?? DBNull.Value);
        await command.ExecuteNonQueryAsync();
        return id;
    }

    /// <summary>A new user with the demo password, a member of <paramref name="organizationId"/> with <paramref name="role"/>.</summary>
    public async Task<(Guid Id, string Email)> UserAsync(Guid organizationId, MembershipRole role)
    {
        var (id, email) = await AccountAsync();
        await AddMemberAsync(id, organizationId, role);
        return (id, email);
    }

    /// <summary>A new user with the demo password and no membership.</summary>
    public async Task<(Guid Id, string Email)> AccountAsync()
    {
        var id = Guid.NewGuid();
        var email = $"u{id:N}@example.test";
        await using var scope = server.Factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserManager<User>>()
            .CreateAsync(new User(id, email, "User " + id.ToString("N")[..6]) { EmailConfirmed = true }, DemoSeed.DemoPassword);
        Assert.True(result.Succeeded);
        return (id, email);
    }

    public async Task AddMemberAsync(Guid userId, Guid organizationId, MembershipRole role)
    {
        await using var command = server.Database.DataSource.CreateCommand(
            "INSERT INTO memberships (id, user_id, organization_id, role) VALUES ($1, $2, $3, $4)");
        command.Parameters.AddWithValue(Guid.NewGuid());
        command.Parameters.AddWithValue(userId);
        command.Parameters.AddWithValue(organizationId);
        command.Parameters.AddWithValue(EnumText.ToText(role));
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>An access token of <paramref name="email"/> from the code flow, signing in with <paramref name="password"/>.</summary>
    public async Task<string> TokenAsync(string email, string password = DemoSeed.DemoPassword, string scope = "openid email api:read api:write")
    {
        using var driver = new CodeFlowDriver(server.Factory);
        var (verifier, challenge) = CodeFlowDriver.Pkce();
        var authorize = CodeFlowDriver.AuthorizeUrl(challenge, scope: scope);
        using (var login = await driver.LoginAsync(email, password, authorize))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        using var redirect = await driver.Browser.GetAsync(new Uri(authorize, UriKind.Relative));
        var code = QueryHelpers.ParseQuery(redirect.Headers.Location!.Query)["code"].ToString();
        using var exchange = await driver.ExchangeAsync(code, verifier);
        Assert.Equal(HttpStatusCode.OK, exchange.StatusCode);
        return (await CodeFlowDriver.JsonAsync(exchange)).GetProperty("access_token").GetString()!;
    }

    public static string Organization(Guid id) => Ids.Format("Organization", id);

    public static string User(Guid id) => Ids.Format("User", id);

    /// <summary>Sends <paramref name="query"/> with <paramref name="token"/>; the response's JSON.</summary>
    public async Task<JsonElement> GraphQLAsync(string query, string? token, object? variables = null)
    {
        using var client = server.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public const string InviteMutation = """
        mutation($org: ID!, $email: String!, $role: MembershipRole!) {
          inviteMember(input: { organizationId: $org, email: $email, role: $role }) {
            invitation { id organizationId email role createdAt expiresAt }
            errors { __typename ... on Error { code message path } }
          }
        }
        """;

    /// <summary>Calls <c>inviteMember</c>; its payload.</summary>
    public async Task<JsonElement> InviteAsync(string token, Guid organizationId, string email, string role)
    {
        var json = await GraphQLAsync(InviteMutation, token, new { org = Organization(organizationId), email, role });
        return json.GetProperty("data").GetProperty("inviteMember");
    }

    /// <summary>The code of the payload's only error; fails when there is none or several.</summary>
    public static string ErrorCode(JsonElement payload) =>
        Assert.Single(payload.GetProperty("errors").EnumerateArray()).GetProperty("code").GetString()!;

    /// <summary>The path and query of the newest invitation link mailed to <paramref name="email"/>.</summary>
    public async Task<string> LinkAsync(string email)
    {
        var body = await server.Database.ScalarAsync<string>(
            $"""SELECT text_body FROM mail_outbox WHERE "to" = '{email}' ORDER BY created_at DESC LIMIT 1""");
        Assert.NotNull(body);
        var match = Link().Match(body);
        Assert.True(match.Success, body);
        return match.Groups[1].Value;
    }

    public Task<long> CountAsync(string sql) => server.Database.ScalarAsync<long>(sql);

    [GeneratedRegex(@"https?://[^/\s]+(/account/accept-invitation\?token=[A-Za-z0-9_-]+)")]
    private static partial Regex Link();
}
