using KtPortal.Api.Identity.Login;
using KtPortal.Domain.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.Api.OAuth.Endpoints;

/// <summary>
/// <c>GET|POST /oauth/logout</c> (OpenID Connect RP-Initiated Logout 1.0 §2): ends the login session (the cookie)
/// and sends the user to <c>post_logout_redirect_uri</c> when it is registered for the client named by
/// <c>client_id</c>; otherwise shows a page. Sessions at clients (refresh-token families) are revoked separately.
/// https://openid.net/specs/openid-connect-rpinitiated-1_0.html#RPLogout
/// </summary>
internal static class EndSessionEndpoint
{
    public const string Path = "/oauth/logout";

    public static async Task<IResult> HandleAsync(HttpContext context, PortalDbContext db, CancellationToken cancellationToken)
    {
        var parameters = HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType
            ? (IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>>)await context.Request.ReadFormAsync(cancellationToken)
            : context.Request.Query;
        var values = parameters.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        values.TryGetValue("client_id", out var clientId);
        values.TryGetValue("post_logout_redirect_uri", out var redirectUri);
        values.TryGetValue("state", out var state);

        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        await context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);

        // §3: the URI must exactly match one registered for the client; otherwise no redirect (no open redirector).
        if (!string.IsNullOrEmpty(redirectUri) && !string.IsNullOrEmpty(clientId))
        {
            var client = await db.OAuthClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
            if (client is not null && client.PostLogoutRedirectUris.Contains(redirectUri, StringComparer.Ordinal))
            {
                return Results.Redirect(string.IsNullOrEmpty(state) ? redirectUri : QueryHelpers.AddQueryString(redirectUri, "state", state));
            }
        }

        return HtmlPage.Render(context, "Signed out", "<p>You are signed out.</p>");
    }
}
