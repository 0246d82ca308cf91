namespace KtPortal.Api.OAuth.Tokens;

/// <summary>The names of the claims our access tokens carry beyond RFC 9068's.</summary>
public static class AccessTokenClaims
{
    /// <summary>The organization the token acts for (a UUID).</summary>
    public const string OrganizationId = "org_id";

    /// <summary>The roles held in that organization (RFC 9068 §2.2.3.1, after SCIM).</summary>
    public const string Roles = "roles";

    /// <summary>The scopes, one claim per scope in a <see cref="System.Security.Claims.ClaimsPrincipal"/>.</summary>
    public const string Scope = "scope";

    /// <summary>The client the token was issued to.</summary>
    public const string ClientId = "client_id";

    /// <summary>The subject.</summary>
    public const string Subject = "sub";

    /// <summary>The token's id.</summary>
    public const string TokenId = "jti";

    /// <summary>When the token expires, in seconds since the Unix epoch (RFC 7519 §4.1.4).</summary>
    public const string ExpiresAt = "exp";
}
