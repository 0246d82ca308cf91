using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace KtPortal.Api.Identity.Login;

/// <summary>
/// Keeps the login cookie's record of how and when the user authenticated (<c>amr</c>, <c>auth_time</c>: OpenID Connect
/// Core 1.0 §2 and RFC 8176) through Identity's security stamp checks, which rebuild the cookie's principal from the
/// user and would otherwise drop both.
/// </summary>
internal static class LoginSessionClaims
{
    private const string Amr = "amr";

    /// <summary>
    /// At sign-in: stamps <c>auth_time</c> on a principal that has none (Identity's password sign-in adds only
    /// <c>amr</c>), so the time survives the cookie being reissued by a stamp check.
    /// </summary>
    public static Task AddAuthTimeAsync(CookieSigningInContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == SignInSession.AuthTimeClaim))
        {
            var now = context.Options.TimeProvider?.GetUtcNow() ?? DateTimeOffset.UtcNow;
            identity.AddClaim(new Claim(SignInSession.AuthTimeClaim, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        }

        return Task.CompletedTask;
    }

    /// <summary>After a successful stamp check: carries <c>amr</c> and <c>auth_time</c> from the old principal to the new one.</summary>
    public static Task KeepAsync(SecurityStampRefreshingPrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.NewPrincipal?.Identity is not ClaimsIdentity identity || context.CurrentPrincipal is null)
        {
            return Task.CompletedTask;
        }

        foreach (var stale in identity.FindAll(c => c.Type is Amr or SignInSession.AuthTimeClaim).ToList())
        {
            identity.RemoveClaim(stale);
        }

        foreach (var kept in context.CurrentPrincipal.FindAll(c => c.Type is Amr or SignInSession.AuthTimeClaim))
        {
            identity.AddClaim(new Claim(kept.Type, kept.Value, kept.ValueType));
        }

        return Task.CompletedTask;
    }
}
