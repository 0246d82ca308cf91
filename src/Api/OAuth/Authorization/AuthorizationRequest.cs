using KtPortal.Api.OAuth.Endpoints;
using KtPortal.Domain.Identity;
using Microsoft.Extensions.Primitives;

namespace KtPortal.Api.OAuth.Authorization;

/// <summary>A validated authorization request (RFC 6749 §4.1.1 with PKCE, RFC 7636 §4.3, and OpenID Connect's nonce).</summary>
/// <param name="Client">The client.</param>
/// <param name="RedirectUri">The registered redirect URI the request named.</param>
/// <param name="State">The client's state, echoed.</param>
/// <param name="Scopes">The granted scopes.</param>
/// <param name="CodeChallenge">The S256 code challenge.</param>
/// <param name="Nonce">The OpenID Connect nonce.</param>
/// <param name="Prompt">The OpenID Connect prompt (<c>none</c> shows no page; <c>consent</c> asks for consent again).</param>
internal sealed record AuthorizationRequest(
    OAuthClient Client,
    string RedirectUri,
    string? State,
    IReadOnlyList<string> Scopes,
    string CodeChallenge,
    string? Nonce,
    string? Prompt)
{
    /// <summary>
    /// Validates the parameters. Until the client and redirect URI are known good, a failure is shown to the user
    /// and never redirected (RFC 6749 §4.1.2.1: no redirect to an unverified URI, so no open redirector); after
    /// that, failures go back to the client with the error code.
    /// https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1
    /// </summary>
    public static AuthorizationValidation Validate(IEnumerable<KeyValuePair<string, StringValues>> parameters, OAuthClient? client)
    {
        var values = parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        string? Get(string name) => values.TryGetValue(name, out var v) && v.Count == 1 ? v[0] : null;

        if (client is null || (values.TryGetValue("client_id", out var ids) && ids.Count != 1))
        {
            return AuthorizationValidation.Page("The application that sent you here is not known.");
        }

        // RFC 9700 §4.1.3 and §2.1: the redirect URI must match a registered one exactly (string comparison).
        var redirectUri = Get("redirect_uri");
        if (!client.HasRedirectUri(redirectUri) || (values.TryGetValue("redirect_uri", out var uris) && uris.Count != 1))
        {
            return AuthorizationValidation.Page("The application sent you here with an address it did not register.");
        }

        var state = Get("state");
        AuthorizationValidation Fail(string error, string? description = null) =>
            AuthorizationValidation.Redirect(redirectUri!, state, error, description);

        // RFC 6749 §3.1: request parameters MUST NOT be included more than once.
        if (values.Any(p => p.Value.Count > 1))
        {
            return Fail(OAuthErrors.InvalidRequest, "A parameter is repeated.");
        }

        // OAuth 2.1 §4.1.1: the code flow only; RFC 9700 §2.1.2 rules out the implicit and hybrid flows.
        if (Get("response_type") != "code")
        {
            return Fail(OAuthErrors.UnsupportedResponseType);
        }

        if (!client.AllowsGrant(OAuthGrantTypes.AuthorizationCode))
        {
            return Fail(OAuthErrors.UnauthorizedClient);
        }

        // RFC 9700 §2.1.1 and RFC 7636 §4.3: PKCE is required, with S256; an absent method means plain, which is refused.
        var challenge = Get("code_challenge");
        if (string.IsNullOrEmpty(challenge) || Get("code_challenge_method") != "S256")
        {
            return Fail(OAuthErrors.InvalidRequest, "PKCE with code_challenge_method=S256 is required.");
        }

        // RFC 7636 §4.2: BASE64URL(SHA256(verifier)) is 43 characters.
        if (challenge.Length != 43 || !challenge.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return Fail(OAuthErrors.InvalidRequest, "code_challenge is not an S256 challenge.");
        }

        var scopes = ScopeRequest.Narrow(Get("scope"), client.AllowedScopes);
        if (scopes is null)
        {
            return Fail(OAuthErrors.InvalidScope);
        }

        var nonce = Get("nonce");
        if (nonce is { Length: > 512 })
        {
            return Fail(OAuthErrors.InvalidRequest, "nonce is too long.");
        }

        return AuthorizationValidation.Valid(new AuthorizationRequest(client, redirectUri!, state, scopes, challenge, nonce, Get("prompt")));
    }
}
