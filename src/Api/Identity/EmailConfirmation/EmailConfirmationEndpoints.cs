using KtPortal.Api.Identity.Login;
using KtPortal.Domain.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace KtPortal.Api.Identity.EmailConfirmation;

/// <summary>
/// The page a confirmation mail links to. Opening the link only shows a button: mail scanners that fetch every link
/// must not confirm an address on their own, so the confirmation is a form post with an antiforgery token.
/// </summary>
internal static class EmailConfirmationEndpoints
{
    public const string Path = "/account/confirm-email";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext context, IAntiforgery antiforgery, string? user, string? token) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            return HtmlPage.Render(context, "Confirm your email address",
                $"""
                <form method="post" action="{Path}">{HtmlPage.Csrf(tokens)}
                <input type="hidden" name="user" value="{HtmlPage.E(user)}"><input type="hidden" name="token" value="{HtmlPage.E(token)}">
                <button type="submit">Confirm</button></form>
                """);
        });
        endpoints.MapPost(Path, ConfirmAsync).DisableAntiforgery();
    }

    private static async Task<IResult> ConfirmAsync(HttpContext context, IAntiforgery antiforgery, UserManager<User> users)
    {
        if (await LoginEndpoints.ValidateFormAsync(context, antiforgery) is { } refused)
        {
            return refused;
        }

        var userId = context.Request.Form["user"].ToString();
        var user = Guid.TryParse(userId, out _) ? await users.FindByIdAsync(userId) : null;
        if (user is null || !(await users.ConfirmEmailAsync(user, context.Request.Form["token"].ToString())).Succeeded)
        {
            return HtmlPage.Render(context, "Confirm your email address",
                HtmlPage.Error("This link is invalid or has expired. Ask for a new one from your account."), StatusCodes.Status400BadRequest);
        }

        return HtmlPage.Render(context, "Email address confirmed", "<p>Thank you: your email address is confirmed.</p>");
    }
}
