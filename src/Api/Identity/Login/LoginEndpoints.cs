using System.Globalization;
using System.Security.Claims;
using KtPortal.Api.Audit;
using KtPortal.Domain.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace KtPortal.Api.Identity.Login;

/// <summary>
/// The login pages of the authorization server: email and password through Identity's <see cref="SignInManager{TUser}"/>
/// (with its lockout), then the second factor (authenticator code or recovery code) when the user has one. Every form
/// is protected by antiforgery tokens; failed attempts are throttled per account and per address.
/// </summary>
internal static class LoginEndpoints
{
    public const string LoginPath = "/oauth/login";
    public const string TwoFactorPath = "/oauth/login/two-factor";

    private const string GenericFailure = "The email or password is incorrect, or the account is locked for a few minutes.";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LoginPath, ShowLogin);
        endpoints.MapPost(LoginPath, LoginAsync).DisableAntiforgery();
        endpoints.MapGet(TwoFactorPath, ShowTwoFactorAsync);
        endpoints.MapPost(TwoFactorPath, TwoFactorAsync).DisableAntiforgery();
        endpoints.MapGet("/oauth/login/done", (HttpContext context) =>
            HtmlPage.Render(context, "Signed in", "<p>You are signed in. You can return to the application.</p>"));
    }

    /// <summary>
    /// Where to continue after signing in: only our own authorization endpoint, so the login page cannot be used
    /// to redirect anywhere else (RFC 9700 §4.11, open redirectors).
    /// </summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is not null && returnUrl.StartsWith("/oauth/authorize?", StringComparison.Ordinal)
            && !returnUrl.Contains('\\', StringComparison.Ordinal) && !returnUrl.Contains("//", StringComparison.Ordinal)
            ? returnUrl
            : "/oauth/login/done";

    private static IResult ShowLogin(HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
        LoginForm(context, antiforgery, SafeReturnUrl(returnUrl), email: null, error: null);

    private static async Task<IResult> LoginAsync(
        HttpContext context, IAntiforgery antiforgery, SignInManager<User> signIn, UserManager<User> users, ILoginThrottle throttle, AuditLog audit)
    {
        if (await ValidateFormAsync(context, antiforgery) is { } refused)
        {
            return refused;
        }

        var form = context.Request.Form;
        var returnUrl = SafeReturnUrl(form["returnUrl"]);
        var email = ((string?)form["email"] ?? string.Empty).Trim();
        string password = form["password"].ToString();
        var ip = context.Connection.RemoteIpAddress?.ToString();
        if (!await throttle.IsAllowedAsync(email, ip, context.RequestAborted))
        {
            // The typed email is not recorded: it may be a password typed into the wrong field.
            await RecordFailureAsync(audit, context, userId: null, "throttled");
            return LoginForm(context, antiforgery, returnUrl, email, "Too many sign-in attempts. Wait a few minutes.", StatusCodes.Status429TooManyRequests);
        }

        var user = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        if (user is null)
        {
            // Hash anyway, so an unknown email answers as slowly as a wrong password.
            users.PasswordHasher.VerifyHashedPassword(new User(Guid.Empty, "nobody@invalid", "nobody"), DummyHash.Value, password);
            await throttle.RecordFailureAsync(email, ip, context.RequestAborted);
            await RecordFailureAsync(audit, context, userId: null, "unknown_user");
            return LoginForm(context, antiforgery, returnUrl, email, GenericFailure);
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditEventKinds.SignIn, context, context.RequestAborted, actorUserId: user.Id, detail: Amr("pwd"));
            return Results.Redirect(returnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            return Results.Redirect($"{TwoFactorPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
        }

        await throttle.RecordFailureAsync(email, ip, context.RequestAborted);
        await RecordFailureAsync(audit, context, user.Id, result.IsLockedOut ? "locked_out" : "bad_password");
        return LoginForm(context, antiforgery, returnUrl, email, GenericFailure);
    }

    private static async Task<IResult> ShowTwoFactorAsync(HttpContext context, IAntiforgery antiforgery, SignInManager<User> signIn, string? returnUrl)
    {
        var safe = SafeReturnUrl(returnUrl);
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? Results.Redirect($"{LoginPath}?returnUrl={Uri.EscapeDataString(safe)}")
            : TwoFactorForm(context, antiforgery, safe, error: null);
    }

    private static async Task<IResult> TwoFactorAsync(
        HttpContext context,
        IAntiforgery antiforgery,
        SignInManager<User> signIn,
        UserManager<User> users,
        AuthenticatorVerifier authenticator,
        RecoveryCodes recoveryCodes,
        ILoginThrottle throttle,
        AuditLog audit,
        TimeProvider clock)
    {
        if (await ValidateFormAsync(context, antiforgery) is { } refused)
        {
            return refused;
        }

        var form = context.Request.Form;
        var returnUrl = SafeReturnUrl(form["returnUrl"]);
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Results.Redirect($"{LoginPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
        }

        var ip = context.Connection.RemoteIpAddress?.ToString();
        if (!await throttle.IsAllowedAsync(user.Email!, ip, context.RequestAborted))
        {
            await RecordFailureAsync(audit, context, user.Id, "throttled");
            return TwoFactorForm(context, antiforgery, returnUrl, "Too many attempts. Wait a few minutes.", StatusCodes.Status429TooManyRequests);
        }

        if (await users.IsLockedOutAsync(user))
        {
            await RecordFailureAsync(audit, context, user.Id, "locked_out");
            return TwoFactorForm(context, antiforgery, returnUrl, "The account is locked for a few minutes.");
        }

        string? code = form["code"];
        string? recoveryCode = form["recoveryCode"];
        var byRecoveryCode = !string.IsNullOrWhiteSpace(recoveryCode);
        var accepted = byRecoveryCode
            ? await recoveryCodes.RedeemAsync(user.Id, recoveryCode, context.RequestAborted)
            : await authenticator.VerifyAsync(user, code, context.RequestAborted);
        if (!accepted)
        {
            // A wrong second factor counts toward the same lockout as a wrong password.
            await users.AccessFailedAsync(user);
            await throttle.RecordFailureAsync(user.Email!, ip, context.RequestAborted);
            await RecordFailureAsync(audit, context, user.Id, "bad_second_factor");
            return TwoFactorForm(context, antiforgery, returnUrl, "The code is incorrect or was already used.");
        }

        await users.ResetAccessFailedCountAsync(user);
        if (byRecoveryCode)
        {
            await audit.RecordAsync(AuditEventKinds.RecoveryCodeUsed, context, context.RequestAborted, actorUserId: user.Id);
        }

        await audit.RecordAsync(AuditEventKinds.SignIn, context, context.RequestAborted, actorUserId: user.Id,
            detail: Amr(byRecoveryCode ? "pwd recovery_code" : "pwd otp"));
        await context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false,
        [
            new Claim("amr", "pwd"),
            new Claim("amr", "otp"),
            new Claim(SignInSession.AuthTimeClaim, clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        ]);
        return Results.Redirect(returnUrl);
    }

    // The reason only: never the password, the code or (for an unknown account) the typed email.
    private static Task RecordFailureAsync(AuditLog audit, HttpContext context, Guid? userId, string reason) =>
        audit.RecordAsync(AuditEventKinds.SignInFailed, context, context.RequestAborted, actorUserId: userId,
            detail: new Dictionary<string, string> { ["reason"] = reason });

    private static Dictionary<string, string> Amr(string methods) => new() { ["amr"] = methods };

    /// <summary>Checks the antiforgery token of a form post; the refusal to send when it is missing or wrong.</summary>
    public static async Task<IResult?> ValidateFormAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!context.Request.HasFormContentType)
        {
            return HtmlPage.Render(context, "Bad request", HtmlPage.Error("The request is not a form."), StatusCodes.Status400BadRequest);
        }

        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return HtmlPage.Render(context, "Bad request", HtmlPage.Error("The form expired or was not sent from this site. Go back and try again."),
                StatusCodes.Status400BadRequest);
        }
    }

    private static IResult LoginForm(HttpContext context, IAntiforgery antiforgery, string returnUrl, string? email, string? error,
        int statusCode = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return HtmlPage.Render(context, "Sign in",
            $"""
            {HtmlPage.Error(error)}
            <form method="post" action="{LoginPath}">
            {HtmlPage.Csrf(tokens)}
            <input type="hidden" name="returnUrl" value="{HtmlPage.E(returnUrl)}">
            <label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required value="{HtmlPage.E(email)}">
            <label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
            <button type="submit">Sign in</button>
            </form>
            """,
            statusCode);
    }

    private static IResult TwoFactorForm(HttpContext context, IAntiforgery antiforgery, string returnUrl, string? error,
        int statusCode = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return HtmlPage.Render(context, "Two-factor authentication",
            $"""
            {HtmlPage.Error(error)}
            <form method="post" action="{TwoFactorPath}">
            {HtmlPage.Csrf(tokens)}
            <input type="hidden" name="returnUrl" value="{HtmlPage.E(returnUrl)}">
            <label for="code">Code from your authenticator app</label>
            <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]*">
            <label for="recoveryCode">Or a recovery code</label><input id="recoveryCode" name="recoveryCode" autocomplete="off">
            <button type="submit">Verify</button>
            </form>
            """,
            statusCode);
    }

    private static class DummyHash
    {
        public static readonly string Value = new PasswordHasher<User>().HashPassword(new User(Guid.Empty, "nobody@invalid", "nobody"), "unused-password");
    }
}
