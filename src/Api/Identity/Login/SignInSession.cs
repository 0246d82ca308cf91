using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace KtPortal.Api.Identity.Login;

/// <summary>Who is signed in to the authorization server (the login cookie), when and how.</summary>
/// <param name="UserId">The user.</param>
/// <param name="AuthTime">When they authenticated.</param>
/// <param name="Amr">How (RFC 8176 values: <c>pwd</c>, <c>otp</c>).</param>
internal sealed record SignInSession(Guid UserId, DateTimeOffset AuthTime, IReadOnlyList<string> Amr)
{
    /// <summary>The claim that carries the authentication time (OpenID Connect's <c>auth_time</c>).</summary>
    public const string AuthTimeClaim = "auth_time";

    /// <summary>The current login session, or null when nobody is signed in.</summary>
    public static async Task<SignInSession?> ReadAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!result.Succeeded || !Guid.TryParse(result.Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return null;
        }

        var authTime = long.TryParse(result.Principal.FindFirstValue(AuthTimeClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : result.Properties.IssuedUtc ?? DateTimeOffset.UtcNow;

        // Identity's own sign-in marks a password sign-in "pwd" and a two-factor one "mfa"; ours names the factors.
        var amr = result.Principal.FindAll("amr").Select(c => c.Value).ToList();
        if (amr.Remove("mfa"))
        {
            amr.AddRange(["pwd", "otp"]);
        }

        return new SignInSession(userId, authTime, [.. amr.Distinct(StringComparer.Ordinal)]);
    }
}
