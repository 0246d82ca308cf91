using KtPortal.Api.Identity.Login;
using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace KtPortal.Api.Identity.Invitations;

/// <summary>
/// The page an invitation mail links to. Opening the link only shows a form (mail scanners fetch links); accepting is
/// a form post with an antiforgery token. The account that accepts is the one with the invited address: an existing
/// user proves it with their password, a new user chooses a name and a password. The page never redirects, so it
/// cannot be made an open redirector.
/// </summary>
internal static class InvitationEndpoints
{
    public const string Path = "/account/accept-invitation";

    private const string InvalidLink = "This invitation link is invalid, was already used, was withdrawn, or has expired. Ask for a new invitation.";
    private const string WrongPassword = "The password is incorrect, or the account is locked for a few minutes.";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, ShowAsync);
        endpoints.MapPost(Path, AcceptAsync).DisableAntiforgery();
    }

    private static async Task<IResult> ShowAsync(
        HttpContext context, IAntiforgery antiforgery, InvitationAcceptance acceptance, UserManager<User> users, string? token)
    {
        var invitation = await acceptance.FindAsync(token, context.RequestAborted);
        if (invitation is null)
        {
            return HtmlPage.Render(context, "Invitation", HtmlPage.Error(InvalidLink), StatusCodes.Status400BadRequest);
        }

        var existing = await users.FindByEmailAsync(invitation.Email) is not null;
        return Form(context, antiforgery, token!, invitation, existing, name: null, error: null);
    }

    private static async Task<IResult> AcceptAsync(
        HttpContext context,
        IAntiforgery antiforgery,
        InvitationAcceptance acceptance,
        UserManager<User> users,
        SignInManager<User> signIn,
        ILoginThrottle throttle)
    {
        if (await LoginEndpoints.ValidateFormAsync(context, antiforgery) is { } refused)
        {
            return refused;
        }

        var form = context.Request.Form;
        string token = form["token"].ToString(), password = form["password"].ToString();
        var invitation = await acceptance.FindAsync(token, context.RequestAborted);
        if (invitation is null)
        {
            return HtmlPage.Render(context, "Invitation", HtmlPage.Error(InvalidLink), StatusCodes.Status400BadRequest);
        }

        // Which form applies is decided here, from the invited address, never from what the browser sent.
        if (await users.FindByEmailAsync(invitation.Email) is { } user)
        {
            var ip = context.Connection.RemoteIpAddress?.ToString();
            if (!await throttle.IsAllowedAsync(invitation.Email, ip, context.RequestAborted))
            {
                return Form(context, antiforgery, token, invitation, existing: true, name: null, "Too many attempts. Wait a few minutes.",
                    StatusCodes.Status429TooManyRequests);
            }

            // Identity's check, with its lockout: the same guard as the login page.
            var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
            if (!check.Succeeded)
            {
                await throttle.RecordFailureAsync(invitation.Email, ip, context.RequestAborted);
                return Form(context, antiforgery, token, invitation, existing: true, name: null, WrongPassword);
            }

            var (outcome, _) = await acceptance.AcceptAsync(token, _ => Task.FromResult<Guid?>(user.Id), context, context.RequestAborted);
            return Done(context, outcome, invitation);
        }

        var name = form["name"].ToString().Trim();
        if (name.Length is < 1 or > 200)
        {
            return Form(context, antiforgery, token, invitation, existing: false, name, "Enter your name (at most 200 characters).");
        }

        if (password != form["confirmation"].ToString())
        {
            return Form(context, antiforgery, token, invitation, existing: false, name, "The two passwords differ.");
        }

        IdentityResult? creation = null;
        var (created, _) = await acceptance.AcceptAsync(token, async pending =>
        {
            // The link reached the invited mailbox, which is what a confirmation mail would prove.
            var account = new User(Guid.CreateVersion7(), pending.Email, name) { EmailConfirmed = true };
            creation = await users.CreateAsync(account, password);
            return creation.Succeeded ? account.Id : null;
        }, context, context.RequestAborted);
        return created == AcceptOutcome.Refused
            ? Form(context, antiforgery, token, invitation, existing: false, name, string.Join(' ', creation!.Errors.Select(e => e.Description)))
            : Done(context, created, invitation);
    }

    private static IResult Done(HttpContext context, AcceptOutcome outcome, PendingInvitation invitation) => outcome switch
    {
        AcceptOutcome.Joined => HtmlPage.Render(context, "Invitation accepted",
            $"<p>You joined {HtmlPage.E(invitation.OrganizationName)} as {HtmlPage.E(EnumText.ToText(invitation.Role))}. Sign in from the application to start.</p>"),
        AcceptOutcome.AlreadyMember => HtmlPage.Render(context, "Invitation accepted",
            $"<p>You are already a member of {HtmlPage.E(invitation.OrganizationName)}; your role there is unchanged.</p>"),
        _ => HtmlPage.Render(context, "Invitation", HtmlPage.Error(InvalidLink), StatusCodes.Status400BadRequest),
    };

    private static IResult Form(
        HttpContext context, IAntiforgery antiforgery, string token, PendingInvitation invitation, bool existing, string? name, string? error,
        int statusCode = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var intro = $"<p>You are invited to join <strong>{HtmlPage.E(invitation.OrganizationName)}</strong> as {HtmlPage.E(EnumText.ToText(invitation.Role))}.</p>";
        var fields = existing
            ? $"""
              <p>Sign in as {HtmlPage.E(invitation.Email)} to accept.</p>
              <label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
              <button type="submit">Accept the invitation</button>
              """
            : $"""
              <p>Create your account for {HtmlPage.E(invitation.Email)} to accept.</p>
              <label for="name">Your name</label><input id="name" name="name" autocomplete="name" required maxlength="200" value="{HtmlPage.E(name)}">
              <label for="password">Password</label><input id="password" name="password" type="password" autocomplete="new-password" required>
              <label for="confirmation">Password again</label><input id="confirmation" name="confirmation" type="password" autocomplete="new-password" required>
              <button type="submit">Create the account and accept</button>
              """;
        return HtmlPage.Render(context, "Invitation",
            $"""
            {HtmlPage.Error(error)}{intro}<form method="post" action="{Path}">{HtmlPage.Csrf(tokens)}
            <input type="hidden" name="token" value="{HtmlPage.E(token)}">
            {fields}</form>
            """,
            statusCode);
    }
}
