using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KtPortal.Api.Identity.EmailConfirmation;
using KtPortal.Api.Seed;
using KtPortal.Api.Tests.OAuth;

namespace KtPortal.Api.Tests.Identity;

/// <summary><c>resendEmailConfirmation</c> mails a link through the outbox; posting its page confirms the address.</summary>
public sealed partial class EmailConfirmationTests(OAuthServerFixture server) : IClassFixture<OAuthServerFixture>
{
    private const string Resend = "mutation { resendEmailConfirmation { emailConfirmationSent { email } errors { __typename ... on Error { code } } } }";

    [Fact]
    public async Task The_mailed_link_confirms_the_address_after_a_form_post_not_on_opening()
    {
        const string Email = "member@acme.test";
        await server.Database.ScalarAsync<int>($"UPDATE users SET email_confirmed = false WHERE email = '{Email}' RETURNING 1");
        var token = await UserTokenAsync(Email);
        Assert.False((await GraphQLAsync("{ viewer { emailConfirmed } }", token)).GetProperty("viewer").GetProperty("emailConfirmed").GetBoolean());

        var sent = (await GraphQLAsync(Resend, token)).GetProperty("resendEmailConfirmation");
        Assert.Equal(Email, sent.GetProperty("emailConfirmationSent").GetProperty("email").GetString());
        var body = await server.Database.ScalarAsync<string>($"""SELECT text_body FROM mail_outbox WHERE "to" = '{Email}' AND sent_at IS NULL""");
        var link = Link().Match(body!).Groups[1].Value;
        Assert.StartsWith($"{EmailConfirmationEndpoints.Path}?user={DemoSeed.IdOf("user", Email)}&token=", link, StringComparison.Ordinal);

        using var driver = new CodeFlowDriver(server.Factory);
        var fields = await driver.FormFieldsAsync(link);
        Assert.False(await ConfirmedAsync(Email));

        var forged = new Dictionary<string, string>(fields) { ["token"] = "forged" };
        using (var refused = await driver.PostAsync(EmailConfirmationEndpoints.Path, forged))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        Assert.False(await ConfirmedAsync(Email));
        using (var confirmed = await driver.PostAsync(EmailConfirmationEndpoints.Path, fields))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }

        Assert.True(await ConfirmedAsync(Email));
        Assert.True((await GraphQLAsync("{ viewer { emailConfirmed } }", token)).GetProperty("viewer").GetProperty("emailConfirmed").GetBoolean());
        var again = (await GraphQLAsync(Resend, token)).GetProperty("resendEmailConfirmation");
        Assert.Equal("EMAIL_ALREADY_CONFIRMED", again.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Resending_past_the_hourly_limit_adds_no_more_mails()
    {
        const string Email = "owner@globex.test";
        await server.Database.ScalarAsync<int>($"UPDATE users SET email_confirmed = false WHERE email = '{Email}' RETURNING 1");
        var token = await UserTokenAsync(Email);

        for (var i = 0; i < EmailConfirmationMutations.PerUserPerHour + 2; i++)
        {
            await GraphQLAsync(Resend, token);
        }

        Assert.Equal(EmailConfirmationMutations.PerUserPerHour, await server.Database.ScalarAsync<long>($"""SELECT count(*) FROM mail_outbox WHERE "to" = '{Email}'"""));
    }

    private Task<bool> ConfirmedAsync(string email) =>
        server.Database.ScalarAsync<bool>($"SELECT email_confirmed FROM users WHERE email = '{email}'");

    private async Task<string> UserTokenAsync(string email)
    {
        using var driver = new CodeFlowDriver(server.Factory);
        return (await driver.SignInForTokensAsync(email, "openid email api:read api:write")).GetProperty("access_token").GetString()!;
    }

    private async Task<JsonElement> GraphQLAsync(string query, string token)
    {
        using var client = server.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var json = document.RootElement.Clone();
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data");
    }

    [GeneratedRegex(@"https?://[^/\s]+(/account/confirm-email\?\S+)")]
    private static partial Regex Link();
}
