using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KtPortal.Api.Identity.PasswordReset;
using KtPortal.Api.Seed;
using KtPortal.Api.Tests.OAuth;

namespace KtPortal.Api.Tests.Identity;

/// <summary>
/// <c>requestPasswordReset</c> answers alike for every email and puts a link in the mail outbox; the link's page sets
/// a new password once and signs the user out everywhere.
/// </summary>
public sealed partial class PasswordResetTests(OAuthServerFixture server) : IClassFixture<OAuthServerFixture>
{
    private const string NewPassword = "a-new-password-42";

    [Fact]
    public async Task Known_and_unknown_emails_get_the_same_answer_and_only_the_known_one_gets_a_mail()
    {
        const string Email = "owner@globex.test";
        var known = await RequestAsync(Email);
        var unknown = await RequestAsync("nobody@globex.test");

        Assert.Equal("""{"data":{"requestPasswordReset":{"accepted":true}}}""", known);
        Assert.Equal(known, unknown);
        Assert.Equal(1, await server.Database.ScalarAsync<long>("""SELECT count(*) FROM mail_outbox WHERE "to" = 'owner@globex.test' AND sent_at IS NULL"""));
        Assert.Equal(0, await server.Database.ScalarAsync<long>("""SELECT count(*) FROM mail_outbox WHERE "to" = 'nobody@globex.test'"""));
        Assert.StartsWith($"/account/reset-password?user={DemoSeed.IdOf("user", Email)}&token=", await LinkAsync(Email), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_past_the_hourly_limit_answer_the_same_but_send_nothing()
    {
        const string Email = "owner@acme.test";
        var answers = new List<string>();
        for (var i = 0; i < PasswordResets.PerEmailPerHour + 2; i++)
        {
            answers.Add(await RequestAsync(Email));
        }

        Assert.Single(answers.Distinct());
        Assert.Equal(PasswordResets.PerEmailPerHour, await server.Database.ScalarAsync<long>("""SELECT count(*) FROM mail_outbox WHERE "to" = 'owner@acme.test'"""));
    }

    [Fact]
    public async Task The_link_sets_a_new_password_once_and_revokes_every_session()
    {
        const string Email = "member@acme.test";
        using var driver = new CodeFlowDriver(server.Factory);
        var tokens = await driver.SignInForTokensAsync(Email);
        await RequestAsync(Email);
        var link = await LinkAsync(Email);

        var fields = await driver.FormFieldsAsync(link);
        fields["password"] = NewPassword;
        fields["confirmation"] = NewPassword;
        using (var reset = await driver.PostAsync(PasswordResetEndpoints.Path, fields))
        {
            Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
            Assert.Contains("Your password is changed", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await driver.UserInfoStatusAsync(tokens.GetProperty("access_token").GetString()!));
        using (var refresh = await driver.RefreshAsync(tokens.GetProperty("refresh_token").GetString()!))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        }

        Assert.Equal(0, await server.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM oauth_token_families WHERE user_id = '{DemoSeed.IdOf("user", Email)}' AND revoked_at IS NULL"));
        Assert.Equal(1, await server.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM audit_events WHERE kind = 'PASSWORD_RESET' AND actor_user_id = '{DemoSeed.IdOf("user", Email)}'"));

        // The same link again: the reset changed the security stamp the token was bound to.
        fields = await driver.FormFieldsAsync(link);
        fields["password"] = "another-password-43";
        fields["confirmation"] = "another-password-43";
        using (var replay = await driver.PostAsync(PasswordResetEndpoints.Path, fields))
        {
            Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
            Assert.Contains("invalid, was already used", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var fresh = new CodeFlowDriver(server.Factory);
        var (_, challenge) = CodeFlowDriver.Pkce();
        using (var oldPassword = await fresh.LoginAsync(Email, DemoSeed.DemoPassword, CodeFlowDriver.AuthorizeUrl(challenge)))
        {
            Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        }

        using var newPassword = await fresh.LoginAsync(Email, NewPassword, CodeFlowDriver.AuthorizeUrl(challenge));
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);
    }

    [Fact]
    public async Task A_password_the_policy_refuses_keeps_the_old_one_and_the_link_usable()
    {
        const string Email = "partner@northwind.test";
        await RequestAsync(Email);
        var link = await LinkAsync(Email);
        using var driver = new CodeFlowDriver(server.Factory);

        var fields = await driver.FormFieldsAsync(link);
        fields["password"] = "short";
        fields["confirmation"] = "short";
        using (var refused = await driver.PostAsync(PasswordResetEndpoints.Path, fields))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("class=\"error\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        fields = await driver.FormFieldsAsync(link);
        fields["password"] = NewPassword;
        fields["confirmation"] = NewPassword;
        using var accepted = await driver.PostAsync(PasswordResetEndpoints.Path, fields);
        Assert.Contains("Your password is changed", await accepted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var driver = new CodeFlowDriver(server.Factory);
        using var response = await driver.PostAsync(PasswordResetEndpoints.Path, new Dictionary<string, string>
        {
            ["user"] = DemoSeed.IdOf("user", "owner@globex.test").ToString(),
            ["token"] = "x",
            ["password"] = NewPassword,
            ["confirmation"] = NewPassword,
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<string> RequestAsync(string email)
    {
        using var client = server.Factory.CreateClient();
        using var content = new StringContent(
            JsonSerializer.Serialize(new { query = "mutation($email: String!) { requestPasswordReset(input: { email: $email }) { accepted } }", variables = new { email } }),
            Encoding.UTF8,
            "application/json");
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<string> LinkAsync(string email)
    {
        var body = await server.Database.ScalarAsync<string>(
            $"""SELECT text_body FROM mail_outbox WHERE "to" = '{email}' ORDER BY created_at DESC LIMIT 1""");
        return Link().Match(body!).Groups[1].Value;
    }

    [GeneratedRegex(@"https?://[^/\s]+(/account/reset-password\?\S+)")]
    private static partial Regex Link();
}
