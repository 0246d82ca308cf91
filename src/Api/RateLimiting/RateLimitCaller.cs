using System.Security.Claims;
using KtPortal.Api.OAuth.Tokens;

namespace KtPortal.Api.RateLimiting;

/// <summary>Whose budget a request spends: a user's, a client's (acting for itself), or an IP address's.</summary>
internal static class RateLimitCaller
{
    public static (string Key, long Limit) Of(HttpContext context, RateLimitOptions options)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            var subject = user.FindFirstValue(AccessTokenClaims.Subject);
            var client = user.FindFirstValue(AccessTokenClaims.ClientId);
            return (subject is not null && subject != client ? "user:" + subject : "client:" + client, options.PointsPerWindow);
        }

        return ("ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), options.AnonymousPointsPerWindow);
    }
}
