namespace KtPortal.Api.OAuth.Tokens;

/// <summary>A freshly issued access token.</summary>
/// <param name="Token">The compact JWS.</param>
/// <param name="Lifetime">How long it is valid from now.</param>
/// <param name="Scope">The granted scopes, space-separated.</param>
internal sealed record IssuedAccessToken(string Token, TimeSpan Lifetime, string Scope);
