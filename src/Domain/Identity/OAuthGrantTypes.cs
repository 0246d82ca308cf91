namespace KtPortal.Domain.Identity;

/// <summary>The <c>grant_type</c> values a client can be allowed (RFC 6749 §4).</summary>
public static class OAuthGrantTypes
{
    /// <summary>The client acts for itself (RFC 6749 §4.4).</summary>
    public const string ClientCredentials = "client_credentials";

    /// <summary>The authorization code flow with PKCE (RFC 6749 §4.1, RFC 7636).</summary>
    public const string AuthorizationCode = "authorization_code";

    /// <summary>Refreshing an access token (RFC 6749 §6).</summary>
    public const string RefreshToken = "refresh_token";
}
