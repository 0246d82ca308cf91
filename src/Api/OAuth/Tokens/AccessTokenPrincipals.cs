using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using KtPortal.Api.OAuth.PersonalTokens;

namespace KtPortal.Api.OAuth.Tokens;

/// <summary>
/// Turns one of our access tokens into a <see cref="ClaimsPrincipal"/>: validated (signature, type, issuer,
/// audience, lifetime) and not revoked. The principal carries <c>sub</c>, <c>client_id</c>, <c>jti</c>,
/// <c>iss</c>, <c>org_id</c>, one <c>scope</c> claim per scope and one <c>roles</c> claim per role. The HTTP
/// bearer handler and the WebSocket <c>connection_init</c> both authenticate through it.
/// </summary>
internal sealed class AccessTokenPrincipals(
    AccessTokenVerifier verifier, PersonalAccessTokenService personalTokens, ILogger<AccessTokenPrincipals> logger)
{
    /// <summary>The authentication type of the principals made here.</summary>
    public const string AuthenticationType = "Bearer";

    private const string BearerPrefix = "Bearer ";

    /// <summary>
    /// The token of <c>Bearer &lt;token&gt;</c> credentials (the scheme in any case, as RFC 6750 §2.1 allows), trimmed
    /// and possibly empty; <see langword="null"/> when the credentials are of another scheme or missing.
    /// </summary>
    public static string? BearerToken(string? credentials)
        => credentials is not null && credentials.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? credentials[BearerPrefix.Length..].Trim()
            : null;

    /// <summary>The caller of <paramref name="token"/>, or <see langword="null"/> when it is not a valid, active token.</summary>
    public async Task<ClaimsPrincipal?> AuthenticateAsync(string token, string issuer, CancellationToken cancellationToken)
    {
        if (token.StartsWith(PersonalAccessTokenService.TokenPrefix, StringComparison.Ordinal))
        {
            return await PersonalTokenPrincipalAsync(token, issuer, cancellationToken);
        }

        var result = await verifier.ValidateAsync(token, issuer, cancellationToken);
        if (!result.IsValid)
        {
            logger.LogDebug("Bearer token refused: {Failure}.", result.Failure);
            return null;
        }

        var claims = result.Claims.Value;
        if (await verifier.FindActiveRecordAsync(claims.GetProperty("jti").GetString()!, cancellationToken) is null)
        {
            logger.LogDebug("Bearer token refused: revoked or unknown.");
            return null;
        }

        var identity = new ClaimsIdentity(AuthenticationType, AccessTokenClaims.Subject, AccessTokenClaims.Roles);
        foreach (var name in (string[])["sub", "client_id", "jti", "iss", AccessTokenClaims.OrganizationId])
        {
            if (claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                identity.AddClaim(new Claim(name, value.GetString()!));
            }
        }

        if (claims.TryGetProperty(AccessTokenClaims.ExpiresAt, out var expiresAt) && expiresAt.TryGetInt64(out var seconds))
        {
            identity.AddClaim(ExpiresAtClaim(DateTimeOffset.FromUnixTimeSeconds(seconds)));
        }

        if (claims.TryGetProperty("scope", out var scope) && scope.ValueKind == JsonValueKind.String)
        {
            foreach (var item in scope.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                identity.AddClaim(new Claim(AccessTokenClaims.Scope, item));
            }
        }

        if (claims.TryGetProperty(AccessTokenClaims.Roles, out var roles) && roles.ValueKind == JsonValueKind.Array)
        {
            foreach (var role in roles.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String))
            {
                identity.AddClaim(new Claim(AccessTokenClaims.Roles, role.GetString()!));
            }
        }

        return new ClaimsPrincipal(identity);
    }

    // A personal API token gives the same principal as a user's access token: sub, org_id, roles, scopes, with the
    // token's id as jti and a client_id of its own.
    private async Task<ClaimsPrincipal?> PersonalTokenPrincipalAsync(string token, string issuer, CancellationToken cancellationToken)
    {
        if (await personalTokens.AuthenticateAsync(token, cancellationToken) is not { } found)
        {
            logger.LogDebug("Personal API token refused: unknown, revoked or expired.");
            return null;
        }

        var identity = new ClaimsIdentity(AuthenticationType, AccessTokenClaims.Subject, AccessTokenClaims.Roles);
        identity.AddClaim(new Claim(AccessTokenClaims.Subject, found.UserId.ToString("D")));
        identity.AddClaim(new Claim(AccessTokenClaims.ClientId, PersonalAccessTokenService.ClientId));
        identity.AddClaim(new Claim(AccessTokenClaims.TokenId, found.TokenId.ToString("D")));
        identity.AddClaim(new Claim("iss", issuer));
        identity.AddClaim(new Claim(AccessTokenClaims.OrganizationId, found.OrganizationId.ToString("D")));
        identity.AddClaim(new Claim(AccessTokenClaims.Roles, found.Role));
        identity.AddClaim(ExpiresAtClaim(found.ExpiresAt));
        foreach (var scope in found.Scopes)
        {
            identity.AddClaim(new Claim(AccessTokenClaims.Scope, scope));
        }

        return new ClaimsPrincipal(identity);
    }

    /// <summary>When the credentials of <paramref name="principal"/> expire (its <c>exp</c> claim), if it says.</summary>
    public static DateTimeOffset? ExpiresAt(ClaimsPrincipal principal)
        => long.TryParse(principal.FindFirstValue(AccessTokenClaims.ExpiresAt), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private static Claim ExpiresAtClaim(DateTimeOffset expiresAt)
        => new(AccessTokenClaims.ExpiresAt, expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);
}
