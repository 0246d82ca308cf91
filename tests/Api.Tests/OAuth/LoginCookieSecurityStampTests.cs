using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KtPortal.Api.Identity.PasswordReset;
using KtPortal.Api.Seed;
using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence.Migrations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KtPortal.Api.Tests.OAuth;

/// <summary>
/// The authorization server's login cookie is checked against the user's security stamp on every request: it stops
/// working at once after a password reset or change, and otherwise keeps how and when the user signed in.
/// </summary>
public sealed class LoginCookieSecurityStampTests : IAsyncLifetime
{
    private const string NewPassword = "a-changed-password-77";

    private readonly PostgresDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private PortalFactory _factory = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await new DatabaseMigrator(_database.DataSource).MigrateAsync();
        await new DemoSeed(_database.DataSource, includeTestClients: true).ApplyAsync();
        _factory = new PortalFactory(_database.ConnectionString, configureServices: services => services.AddSingleton<TimeProvider>(_clock));
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_login_cookie_opened_before_a_password_reset_gets_no_more_codes()
    {
        const string Email = "member@acme.test";
        using var attacker = new CodeFlowDriver(_factory);
        await attacker.SignInForCodeAsync(Email);
        Assert.True(await GetsCodeAsync(attacker));

        // The owner resets the password through the mailed link, in another browser.
        using var owner = new CodeFlowDriver(_factory);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var user = (await users.FindByEmailAsync(Email))!;
            var fields = await owner.FormFieldsAsync(
                $"{PasswordResetEndpoints.Path}?user={user.Id:D}&token={Uri.EscapeDataString(await users.GeneratePasswordResetTokenAsync(user))}");
            fields["password"] = NewPassword;
            fields["confirmation"] = NewPassword;
            using var reset = await owner.PostAsync(PasswordResetEndpoints.Path, fields);
            Assert.Contains("Your password is changed", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.False(await GetsCodeAsync(attacker));
    }

    [Fact]
    public async Task A_login_cookie_opened_before_a_password_change_gets_no_more_codes()
    {
        const string Email = "owner@globex.test";
        using var browser = new CodeFlowDriver(_factory);
        await browser.SignInForCodeAsync(Email);
        Assert.True(await GetsCodeAsync(browser));

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            Assert.True((await users.ChangePasswordAsync((await users.FindByEmailAsync(Email))!, DemoSeed.DemoPassword, NewPassword)).Succeeded);
        }

        Assert.False(await GetsCodeAsync(browser));
    }

    [Fact]
    public async Task ChangePassword_ends_every_login_cookie_and_every_other_session_but_keeps_its_own()
    {
        const string Email = "partner@northwind.test";
        using var first = new CodeFlowDriver(_factory);
        using var second = new CodeFlowDriver(_factory);
        var keeper = await AccessTokenAsync(first, Email);
        var other = await AccessTokenAsync(second, Email);

        Assert.Equal("WRONG_PASSWORD", await ChangePasswordErrorAsync(keeper, "not-the-password", NewPassword));
        Assert.Equal(1, await AccessFailedCountAsync(Email));

        // A wrong current password is reported as such even when the new one would be refused too, and counts again.
        Assert.Equal("WRONG_PASSWORD", await ChangePasswordErrorAsync(keeper, "not-the-password", "short"));
        Assert.Equal(2, await AccessFailedCountAsync(Email));
        Assert.Equal("PASSWORD_REJECTED", await ChangePasswordErrorAsync(keeper, DemoSeed.DemoPassword, "short"));
        Assert.Equal(2, await AccessFailedCountAsync(Email));
        Assert.True(await GetsCodeAsync(second));

        var changed = await GraphQLAsync(keeper, DemoSeed.DemoPassword, NewPassword);

        Assert.Equal(JsonValueKind.Null, changed.GetProperty("errors").ValueKind);
        Assert.Equal(1, changed.GetProperty("passwordChanged").GetProperty("otherSessionsRevoked").GetInt32());
        Assert.Equal(0, await AccessFailedCountAsync(Email));
        Assert.Equal(HttpStatusCode.OK, await first.UserInfoStatusAsync(keeper));
        Assert.Equal(HttpStatusCode.Unauthorized, await first.UserInfoStatusAsync(other));
        Assert.False(await GetsCodeAsync(first));
        Assert.False(await GetsCodeAsync(second));
        await using var command = _database.DataSource.CreateCommand(
            $"SELECT count(*) FROM audit_events WHERE kind = 'PASSWORD_CHANGED' AND actor_user_id = '{DemoSeed.IdOf("user", Email)}'");
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Without_a_password_change_the_cookie_keeps_its_sign_in_time_and_methods_across_stamp_checks()
    {
        const string Email = "owner@acme.test";
        using var browser = new CodeFlowDriver(_factory);
        var signedInAt = _clock.GetUtcNow();
        await browser.SignInForCodeAsync(Email);

        // Ten minutes later the stamp check has rebuilt the cookie's principal on every request since.
        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.True(await GetsCodeAsync(browser));
        Assert.True(await GetsCodeAsync(browser));

        await using var command = _database.DataSource.CreateCommand(
            $"SELECT auth_time, amr FROM oauth_authorization_codes WHERE user_id = '{DemoSeed.IdOf("user", Email)}' ORDER BY created_at DESC LIMIT 1");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(signedInAt.ToUnixTimeSeconds(), reader.GetFieldValue<DateTimeOffset>(0).ToUnixTimeSeconds());
        Assert.Equal(["pwd"], reader.GetFieldValue<string[]>(1));
    }

    // Signs in with the browser (keeping its login cookie) and returns an access token that may write.
    private static async Task<string> AccessTokenAsync(CodeFlowDriver browser, string email)
    {
        var (verifier, challenge) = CodeFlowDriver.Pkce();
        var authorize = CodeFlowDriver.AuthorizeUrl(challenge, scope: "openid api:read api:write");
        using (var login = await browser.LoginAsync(email, DemoSeed.DemoPassword, authorize))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        using var redirect = await browser.Browser.GetAsync(new Uri(authorize, UriKind.Relative));
        using var exchange = await browser.ExchangeAsync(QueryHelpers.ParseQuery(redirect.Headers.Location!.Query)["code"].ToString(), verifier);
        return (await CodeFlowDriver.JsonAsync(exchange)).GetProperty("access_token").GetString()!;
    }

    private async Task<int> AccessFailedCountAsync(string email)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        return await users.GetAccessFailedCountAsync((await users.FindByEmailAsync(email))!);
    }

    private async Task<string?> ChangePasswordErrorAsync(string token, string current, string next) =>
        Assert.Single((await GraphQLAsync(token, current, next)).GetProperty("errors").EnumerateArray()).GetProperty("code").GetString();

    private async Task<JsonElement> GraphQLAsync(string token, string current, string next)
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new
                {
                    query = "mutation($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) { passwordChanged { otherSessionsRevoked } errors { ... on Error { code } } } }",
                    variables = new { c = current, n = next },
                }),
                Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("data").GetProperty("changePassword").Clone();
    }

    // Whether the browser's login cookie still gets a code from the authorization endpoint (rather than the login page).
    private static async Task<bool> GetsCodeAsync(CodeFlowDriver browser)
    {
        var (_, challenge) = CodeFlowDriver.Pkce();
        using var response = await browser.Browser.GetAsync(new Uri(CodeFlowDriver.AuthorizeUrl(challenge), UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        if (location.StartsWith(CodeFlowDriver.RedirectUri, StringComparison.Ordinal))
        {
            Assert.Contains("code=", location, StringComparison.Ordinal);
            return true;
        }

        Assert.StartsWith("/oauth/login", location, StringComparison.Ordinal);
        return false;
    }
}
