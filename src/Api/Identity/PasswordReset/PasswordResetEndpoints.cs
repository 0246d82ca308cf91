using KtPortal.Api.Audit;
using KtPortal.Api.Identity.Login;
using KtPortal.Api.OAuth.Sessions;
using KtPortal.Domain.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace KtPortal.Api.Identity.PasswordReset;

/// <summary>
/// The page a reset mail links to: the user chooses a new password, checked by Identity's password policy. The
/// token is Identity's, bound to the user's security stamp, which the reset changes: so a link works once. Every
/// session of the user is revoked afterwards, since whoever knew the old password may hold one.
/// </summary>
internal static class PasswordResetEndpoints
{
    public const string Path = "/account/reset-password";

    private const string InvalidLink = "This link is invalid, was already used, or has expired. Ask for a new one.";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext context, IAntiforgery antiforgery, string? user, string? token) =>
            Form(context, antiforgery, user, token, error: null));
        endpoints.MapPost(Path, ResetAsync).DisableAntiforgery();
    }

    private static async Task<IResult> ResetAsync(
        HttpContext context, IAntiforgery antiforgery, UserManager<User> users, SessionService sessions, AuditLog audit)
    {
        if (await LoginEndpoints.ValidateFormAsync(context, antiforgery) is { } refused)
        {
            return refused;
        }

        var form = context.Request.Form;
        string userId = form["user"].ToString(), token = form["token"].ToString();
        string password = form["password"].ToString(), confirmation = form["confirmation"].ToString();
        if (password != confirmation)
        {
            return Form(context, antiforgery, userId, token, "The two passwords differ.");
        }

        var user = Guid.TryParse(userId, out _) ? await users.FindByIdAsync(userId) : null;
        if (user is null)
        {
            return Form(context, antiforgery, userId, token, InvalidLink, StatusCodes.Status400BadRequest);
        }

        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            var invalidToken = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));
            return invalidToken
                ? Form(context, antiforgery, userId, token, InvalidLink, StatusCodes.Status400BadRequest)
                : Form(context, antiforgery, userId, token, string.Join(' ', result.Errors.Select(e => e.Description)));
        }

        // Whoever locked the account by guessing no longer matters once the owner proved they hold the mailbox.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await sessions.RevokeAllAsync(user.Id, context.RequestAborted);
        await audit.RecordAsync(AuditEventKinds.PasswordReset, context, context.RequestAborted, actorUserId: user.Id);
        return HtmlPage.Render(context, "Password changed",
            "<p>Your password is changed and you were signed out everywhere. Sign in again with the new password.</p>");
    }

    private static IResult Form(HttpContext context, IAntiforgery antiforgery, string? user, string? token, string? error, int statusCode = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return HtmlPage.Render(context, "Choose a new password",
            $"""
            {HtmlPage.Error(error)}<form method="post" action="{Path}">{HtmlPage.Csrf(tokens)}
            <input type="hidden" name="user" value="{HtmlPage.E(user)}"><input type="hidden" name="token" value="{HtmlPage.E(token)}">
            <label for="password">New password</label><input id="password" name="password" type="password" autocomplete="new-password" required>
            <label for="confirmation">New password again</label><input id="confirmation" name="confirmation" type="password" autocomplete="new-password" required>
            <button type="submit">Change password</button></form>
            """,
            statusCode);
    }
}
