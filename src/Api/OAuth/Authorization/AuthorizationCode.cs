namespace KtPortal.Api.OAuth.Authorization;

/// <summary>What an authorization code stands for.</summary>
/// <param name="ClientId">The client it was issued to.</param>
/// <param name="UserId">The user who authorized it.</param>
/// <param name="RedirectUri">The redirect URI of the authorization request, which the token request must repeat.</param>
/// <param name="Scope">The granted scopes, space-separated.</param>
/// <param name="CodeChallenge">The PKCE S256 challenge.</param>
/// <param name="Nonce">The OpenID Connect nonce, for the ID token.</param>
/// <param name="AuthTime">When the user authenticated.</param>
/// <param name="Amr">How the user authenticated.</param>
/// <param name="ExpiresAt">When the code expires.</param>
/// <param name="RedeemedAt">When it was exchanged, if it was.</param>
/// <param name="FamilyId">The session its exchange started, if it was exchanged.</param>
internal sealed record AuthorizationCode(
    string ClientId,
    Guid UserId,
    string RedirectUri,
    string Scope,
    string CodeChallenge,
    string? Nonce,
    DateTimeOffset AuthTime,
    IReadOnlyList<string> Amr,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RedeemedAt = null,
    Guid? FamilyId = null);
