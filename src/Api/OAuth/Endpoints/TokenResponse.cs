using System.Text.Json.Serialization;

namespace KtPortal.Api.OAuth.Endpoints;

/// <summary>A successful token response (RFC 6749 §5.1).</summary>
/// <param name="AccessToken">The JWT access token.</param>
/// <param name="TokenType">Always <c>Bearer</c>.</param>
/// <param name="ExpiresIn">Seconds until the token expires.</param>
/// <param name="Scope">The granted scopes, space-separated.</param>
/// <param name="RefreshToken">The next refresh token of the session, for the code and refresh grants.</param>
/// <param name="IdToken">The OpenID Connect ID token, when <c>openid</c> was granted at sign-in.</param>
public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] long ExpiresIn,
    [property: JsonPropertyName("scope")] string Scope,
    [property: JsonPropertyName("refresh_token"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RefreshToken = null,
    [property: JsonPropertyName("id_token"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? IdToken = null);
