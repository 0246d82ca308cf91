using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KtPortal.Api.Identity;
using KtPortal.Api.Identity.Login;
using KtPortal.Api.Seed;
using KtPortal.Api.Tests.OAuth;

namespace KtPortal.Api.Tests.Identity;

/// <summary>
/// Two-factor enrolment and removal over GraphQL with a user's token, then the login form asking for the second
/// factor, and the audit rows each step leaves.
/// </summary>
public sealed class TwoFactorEnrollmentTests(OAuthServerFixture server) : IClassFixture<OAuthServerFixture>
{
    private const string Begin = "mutation { beginTwoFactorEnrollment { twoFactorEnrollment { sharedKey authenticatorUri } errors { __typename ... on Error { code path } } } }";

    [Fact]
    public async Task Enrolment_turns_two_factor_on_and_the_login_form_then_asks_for_a_code()
    {
        const string Email = "owner@globex.test";
        var token = await UserTokenAsync(Email);

        var enrollment = (await GraphQLAsync(Begin, token)).GetProperty("beginTwoFactorEnrollment").GetProperty("twoFactorEnrollment");
        var sharedKey = enrollment.GetProperty("sharedKey").GetString()!;
        Assert.Equal(
            $"otpauth://totp/KtPortal%3A{Uri.EscapeDataString(Email)}?secret={sharedKey}&issuer=KtPortal&algorithm=SHA1&digits=6&period=30",
            enrollment.GetProperty("authenticatorUri").GetString());
        var again = (await GraphQLAsync(Begin, token)).GetProperty("beginTwoFactorEnrollment").GetProperty("twoFactorEnrollment").GetProperty("sharedKey").GetString()!;
        Assert.NotEqual(sharedKey, again);
        Assert.False((await GraphQLAsync("{ viewer { twoFactorEnabled } }", token)).GetProperty("viewer").GetProperty("twoFactorEnabled").GetBoolean());

        // The first key was replaced by the second: its code no longer confirms anything.
        var stale = await ConfirmAsync(Code(sharedKey, 0), token);
        Assert.Equal("INVALID_CODE", stale.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(["input", "code"], stale.GetProperty("errors")[0].GetProperty("path").EnumerateArray().Select(p => p.GetString()));

        var confirmed = await ConfirmAsync(Code(again, -1), token);
        Assert.Equal(JsonValueKind.Null, confirmed.GetProperty("errors").ValueKind);
        var codes = confirmed.GetProperty("twoFactorRecoveryCodes").GetProperty("codes").EnumerateArray().Select(c => c.GetString()!).ToArray();
        Assert.Equal(RecoveryCodes.Count, codes.Distinct().Count());
        Assert.True((await GraphQLAsync("{ viewer { twoFactorEnabled } }", token)).GetProperty("viewer").GetProperty("twoFactorEnabled").GetBoolean());
        Assert.Equal(RecoveryCodes.Count, await server.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM user_recovery_codes WHERE user_id = '{UserId(Email)}' AND code_hash = ANY(ARRAY['{string.Join("','", codes.Select(RecoveryCodes.Hash))}'])"));
        Assert.Equal(1, await AuditCountAsync("TWO_FACTOR_ENABLED", Email));

        // Enrolling again while it is on would replace the key the user signs in with.
        var twice = (await GraphQLAsync(Begin, token)).GetProperty("beginTwoFactorEnrollment");
        Assert.Equal("TWO_FACTOR_ALREADY_ENABLED", twice.GetProperty("errors")[0].GetProperty("code").GetString());

        using var driver = new CodeFlowDriver(server.Factory);
        var (_, challenge) = CodeFlowDriver.Pkce();
        var authorize = CodeFlowDriver.AuthorizeUrl(challenge);
        using var login = await driver.LoginAsync(Email, DemoSeed.DemoPassword, authorize);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.StartsWith(LoginEndpoints.TwoFactorPath, login.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var fields = await driver.FormFieldsAsync(login.Headers.Location.OriginalString);
        fields["code"] = "000000";
        using (var wrong = await driver.PostAsync(LoginEndpoints.TwoFactorPath, fields))
        {
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        Assert.Equal(1, await AuditCountAsync("SIGN_IN_FAILED", Email, "bad_second_factor"));
        fields = await driver.FormFieldsAsync(login.Headers.Location.OriginalString);
        fields["code"] = Code(again, +1);
        using var verified = await driver.PostAsync(LoginEndpoints.TwoFactorPath, fields);
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        Assert.Equal(authorize, verified.Headers.Location!.OriginalString);
        Assert.Equal(1, await server.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM audit_events WHERE kind = 'SIGN_IN' AND actor_user_id = '{UserId(Email)}' AND detail->>'amr' = 'pwd otp'"));
    }

    [Fact]
    public async Task Regenerating_and_disabling_need_a_fresh_code_and_a_code_is_refused_twice_in_its_step()
    {
        const string Email = "member@acme.test";
        var token = await UserTokenAsync(Email);
        var key = (await GraphQLAsync(Begin, token)).GetProperty("beginTwoFactorEnrollment").GetProperty("twoFactorEnrollment").GetProperty("sharedKey").GetString()!;
        var first = Code(key, -1);
        var codes = (await ConfirmAsync(first, token)).GetProperty("twoFactorRecoveryCodes").GetProperty("codes").EnumerateArray().Select(c => c.GetString()!).ToArray();

        var reused = await MutateAsync("regenerateRecoveryCodes", first, token);
        Assert.Equal("INVALID_CODE", reused.GetProperty("errors")[0].GetProperty("code").GetString());

        var regenerated = await MutateAsync("regenerateRecoveryCodes", Code(key, 0), token);
        var fresh = regenerated.GetProperty("twoFactorRecoveryCodes").GetProperty("codes").EnumerateArray().Select(c => c.GetString()!).ToArray();
        Assert.Empty(fresh.Intersect(codes));
        Assert.Equal(1, await AuditCountAsync("RECOVERY_CODES_REGENERATED", Email));

        // An old recovery code died with the regeneration; a new one turns two-factor sign-in off.
        Assert.Equal("INVALID_CODE", (await DisableAsync(codes[0], token)).GetProperty("errors")[0].GetProperty("code").GetString());
        var disabled = await DisableAsync(fresh[0], token);
        Assert.False(disabled.GetProperty("twoFactorStatus").GetProperty("enabled").GetBoolean());
        Assert.False((await GraphQLAsync("{ viewer { twoFactorEnabled } }", token)).GetProperty("viewer").GetProperty("twoFactorEnabled").GetBoolean());
        Assert.Equal(0, await server.Database.ScalarAsync<long>($"SELECT count(*) FROM user_recovery_codes WHERE user_id = '{UserId(Email)}'"));
        Assert.Equal(1, await AuditCountAsync("RECOVERY_CODE_USED", Email));
        Assert.Equal(1, await AuditCountAsync("TWO_FACTOR_DISABLED", Email));
        Assert.Equal("TWO_FACTOR_NOT_ENABLED", (await DisableAsync(Code(key, +1), token)).GetProperty("errors")[0].GetProperty("code").GetString());

        // No audit row holds a code, a key or a recovery code.
        var details = await server.Database.ScalarAsync<string>(
            $"SELECT coalesce(string_agg(detail::text, ' '), '') FROM audit_events WHERE actor_user_id = '{UserId(Email)}'");
        Assert.DoesNotContain(key, details, StringComparison.Ordinal);
        Assert.DoesNotContain(first, details, StringComparison.Ordinal);
        Assert.DoesNotContain(fresh[0], details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_factor_mutations_need_a_user_token()
    {
        var anonymous = await RawGraphQLAsync(Begin, token: null);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", anonymous.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        using var response = await server.PostFormAsync(
            "/oauth/token", [new("grant_type", "client_credentials")], OAuthServerFixture.Basic(DemoSeed.PartnerClientId, DemoSeed.PartnerClientSecret));
        var clientToken = (await CodeFlowDriver.JsonAsync(response)).GetProperty("access_token").GetString()!;
        var client = (await GraphQLAsync(Begin, clientToken)).GetProperty("beginTwoFactorEnrollment");
        Assert.Equal("USER_TOKEN_REQUIRED", client.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Sign_in_failures_and_successes_are_audited_without_secrets()
    {
        const string Email = "agent@kre8ivtech.test";
        using var driver = new CodeFlowDriver(server.Factory);
        using (var wrong = await driver.LoginAsync(Email, "not-the-password", "/oauth/login/done"))
        {
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using (var unknown = await driver.LoginAsync("nobody-here@example.test", "whatever-secret", "/oauth/login/done"))
        {
            Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        }

        using (var right = await driver.LoginAsync(Email, DemoSeed.DemoPassword, "/oauth/login/done"))
        {
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        }

        Assert.Equal(1, await AuditCountAsync("SIGN_IN_FAILED", Email, "bad_password"));
        Assert.Equal(1, await server.Database.ScalarAsync<long>(
            "SELECT count(*) FROM audit_events WHERE kind = 'SIGN_IN_FAILED' AND actor_user_id IS NULL AND detail->>'reason' = 'unknown_user'"));
        Assert.Equal(1, await server.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM audit_events WHERE kind = 'SIGN_IN' AND actor_user_id = '{UserId(Email)}' AND detail->>'amr' = 'pwd'"));
        Assert.Equal(0, await server.Database.ScalarAsync<long>(
            "SELECT count(*) FROM audit_events WHERE detail::text LIKE '%not-the-password%' OR detail::text LIKE '%whatever-secret%' OR detail::text LIKE '%nobody-here%'"));
    }

    [Fact]
    public async Task A_locked_out_then_throttled_account_is_audited_with_each_reason()
    {
        const string Email = "partner@northwind.test";
        using var driver = new CodeFlowDriver(server.Factory);

        // Identity's lockout: the fifth failure locks the account and the next five meet the lock; past the
        // throttle's ten failures per account the form refuses before it looks the account up.
        for (var attempt = 0; attempt < InMemoryLoginThrottle.FailuresPerAccount + 2; attempt++)
        {
            using var response = await driver.LoginAsync(Email, "wrong-" + attempt, "/oauth/login/done");
        }

        Assert.Equal(4, await AuditCountAsync("SIGN_IN_FAILED", Email, "bad_password"));
        Assert.Equal(6, await AuditCountAsync("SIGN_IN_FAILED", Email, "locked_out"));
        Assert.Equal(2, await server.Database.ScalarAsync<long>(
            "SELECT count(*) FROM audit_events WHERE kind = 'SIGN_IN_FAILED' AND actor_user_id IS NULL AND detail->>'reason' = 'throttled'"));
    }

    private static string Code(string sharedKey, int offset) =>
        Totp.Compute(Totp.DecodeKey(sharedKey)!, Totp.StepAt(DateTimeOffset.UtcNow) + offset);

    private static Guid UserId(string email) => DemoSeed.IdOf("user", email);

    private async Task<long> AuditCountAsync(string kind, string email, string? reason = null) =>
        await server.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM audit_events WHERE kind = '{kind}' AND actor_user_id = '{UserId(email)}'"
            + (reason is null ? string.Empty : $" AND detail->>'reason' = '{reason}'"));

    private async Task<string> UserTokenAsync(string email)
    {
        using var driver = new CodeFlowDriver(server.Factory);
        return (await driver.SignInForTokensAsync(email, "openid email api:read api:write")).GetProperty("access_token").GetString()!;
    }

    private Task<JsonElement> ConfirmAsync(string code, string token) => MutateAsync("confirmTwoFactorEnrollment", code, token);

    private Task<JsonElement> DisableAsync(string code, string token) => MutateAsync("disableTwoFactor", code, token);

    private async Task<JsonElement> MutateAsync(string field, string code, string token)
    {
        var result = field == "disableTwoFactor" ? "twoFactorStatus { enabled }" : "twoFactorRecoveryCodes { codes }";
        var data = await GraphQLAsync(
            $$"""mutation($code: String!) { {{field}}(input: { code: $code }) { {{result}} errors { __typename ... on Error { code path } } } }""", token, new { code });
        return data.GetProperty(field);
    }

    private async Task<JsonElement> GraphQLAsync(string query, string token, object? variables = null)
    {
        var json = await RawGraphQLAsync(query, token, variables);
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data");
    }

    private async Task<JsonElement> RawGraphQLAsync(string query, string? token, object? variables = null)
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
        return await CodeFlowDriver.JsonAsync(response);
    }
}
