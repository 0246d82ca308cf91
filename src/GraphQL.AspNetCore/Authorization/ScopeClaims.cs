using System.Security.Claims;

namespace KtPortal.GraphQL.AspNetCore.Authorization;

/// <summary>Reads the scopes of a caller's token from its claims.</summary>
internal static class ScopeClaims
{
    /// <summary>
    /// Whether <paramref name="user"/> holds <paramref name="scope"/>. A token's scopes arrive as one claim per
    /// scope or as one space-separated claim (RFC 8693 §4.2).
    /// </summary>
    public static bool Has(ClaimsPrincipal user, string claimType, string scope)
        => user.FindAll(claimType).Any(claim => claim.Value == scope
            || claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal));
}
