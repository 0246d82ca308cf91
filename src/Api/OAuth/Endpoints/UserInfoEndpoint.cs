using KtPortal.Api.OAuth.Tokens;
using KtPortal.Domain.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.Api.OAuth.Endpoints;

/// <summary>
/// <c>GET|POST /oauth/userinfo</c> (OpenID Connect Core 1.0 §5.3): the signed-in user's claims, for an access token
/// that was granted <c>openid</c>. The claims released follow the token's scopes (§5.4).
/// https://openid.net/specs/openid-connect-core-1_0.html#UserInfo
/// </summary>
internal static class UserInfoEndpoint
{
    public const string Path = "/oauth/userinfo";

    public static async Task<IResult> HandleAsync(HttpContext context, PortalDbContext db, CancellationToken cancellationToken)
    {
        var result = await context.AuthenticateAsync(BearerAuthenticationHandler.SchemeName);
        var principal = result.Succeeded ? result.Principal : null;
        var scopes = principal?.FindAll(AccessTokenClaims.Scope).Select(c => c.Value).ToArray() ?? [];

        // RFC 6750 §3.1: no valid token is invalid_token; a token without openid is insufficient_scope.
        if (principal is null || !Guid.TryParse(principal.FindFirst(AccessTokenClaims.Subject)?.Value, out var userId))
        {
            context.Response.Headers.WWWAuthenticate = result.Failure is null ? "Bearer realm=\"ktportal\"" : "Bearer realm=\"ktportal\", error=\"invalid_token\"";
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        if (!scopes.Contains("openid", StringComparer.Ordinal))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"ktportal\", error=\"insufficient_scope\", scope=\"openid\"";
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"ktportal\", error=\"invalid_token\"";
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        var json = JsonPayload.Write(writer =>
        {
            writer.WriteString("sub", user.Id.ToString("D"));
            UserClaims.Write(writer, user, scopes);
        });
        context.Response.Headers.CacheControl = "no-store";
        return Results.Bytes(json, "application/json");
    }
}
