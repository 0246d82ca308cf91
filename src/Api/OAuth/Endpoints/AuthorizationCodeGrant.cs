using System.Security.Cryptography;
using System.Text;
using KtPortal.Api.OAuth.Authorization;
using KtPortal.Api.OAuth.Sessions;
using KtPortal.Api.OAuth.Tokens;
using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KtPortal.Api.OAuth.Endpoints;

/// <summary>
/// <c>grant_type=authorization_code</c> (RFC 6749 §4.1.3 with PKCE, RFC 7636 §4.6): the code is single use, and a
/// second use revokes the session the first one opened, with its tokens (§4.1.2). It opens a session (refresh-token
/// family) and answers with an access token, a refresh token and, for <c>openid</c>, an ID token.
/// https://www.rfc-editor.org/rfc/rfc6749#section-4.1.3
/// </summary>
internal sealed class AuthorizationCodeGrant(
    AuthorizationCodes codes,
    TokenFamilies families,
    AccessTokenIssuer accessTokens,
    IdTokenIssuer idTokens,
    PortalDbContext db,
    TimeProvider clock,
    IOptions<OAuthServerOptions> options)
{
    public async Task<Results<Ok<TokenResponse>, JsonHttpResult<OAuthErrorResponse>>> ExchangeAsync(
        HttpContext context, OAuthClient client, IFormCollection form, string issuer, CancellationToken cancellationToken)
    {
        string? code = form["code"];
        string? verifier = form["code_verifier"];
        if (string.IsNullOrEmpty(code) || code.Length > 128)
        {
            return OAuthResponses.Error(OAuthErrors.InvalidRequest, "code is required.");
        }

        var now = clock.GetUtcNow();
        var grant = await codes.FindAsync(code, cancellationToken);

        // Every failure below is the same invalid_grant: nothing tells a thief which check failed.
        if (grant is null || grant.ClientId != client.ClientId || now >= grant.ExpiresAt)
        {
            return OAuthResponses.Error(OAuthErrors.InvalidGrant);
        }

        if (grant.RedeemedAt is not null)
        {
            return await RefuseReplayAsync(grant.FamilyId, now, cancellationToken);
        }

        // RFC 6749 §4.1.3: redirect_uri must be identical to the authorization request's.
        // RFC 7636 §4.6: BASE64URL(SHA256(code_verifier)) must equal the challenge; compared in constant time.
        if (!string.Equals((string?)form["redirect_uri"], grant.RedirectUri, StringComparison.Ordinal) || !VerifierMatches(verifier, grant.CodeChallenge))
        {
            return OAuthResponses.Error(OAuthErrors.InvalidGrant);
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == grant.UserId, cancellationToken);
        if (user is null)
        {
            return OAuthResponses.Error(OAuthErrors.InvalidGrant);
        }

        var refreshLifetime = options.Value.RefreshTokenLifetime;
        var family = new TokenFamily(Guid.CreateVersion7(now), grant.UserId, client.ClientId, grant.Scope, grant.AuthTime, grant.Amr, now,
            now + refreshLifetime, context.Connection.RemoteIpAddress?.ToString(), context.Request.Headers.UserAgent.ToString());
        if (!await codes.TryRedeemAsync(code, family, now, cancellationToken))
        {
            // Redeemed concurrently: the other request won; this one is the replay.
            var winner = await codes.FindAsync(code, cancellationToken);
            return await RefuseReplayAsync(winner?.FamilyId, now, cancellationToken);
        }

        var scopes = grant.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var accessToken = await accessTokens.IssueForUserAsync(client, grant.UserId, scopes, family.Id, issuer, cancellationToken);
        string? refreshToken = client.AllowsGrant(OAuthGrantTypes.RefreshToken)
            ? await families.IssueRefreshTokenAsync(family.Id, 0, now, now + refreshLifetime, cancellationToken)
            : null;
        var idToken = scopes.Contains("openid", StringComparer.Ordinal)
            ? await idTokens.IssueAsync(user, client.ClientId, scopes, grant.Nonce, grant.AuthTime, grant.Amr, issuer, cancellationToken)
            : null;
        return TypedResults.Ok(new TokenResponse(accessToken.Token, "Bearer", (long)accessToken.Lifetime.TotalSeconds, accessToken.Scope,
            refreshToken, idToken));
    }

    private async Task<JsonHttpResult<OAuthErrorResponse>> RefuseReplayAsync(Guid? familyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // RFC 6749 §4.1.2: a code used twice is refused, and the tokens issued from it are revoked.
        if (familyId is { } id)
        {
            await families.RevokeAsync(id, now, cancellationToken);
        }

        return OAuthResponses.Error(OAuthErrors.InvalidGrant);
    }

    private static bool VerifierMatches(string? verifier, string challenge)
    {
        // RFC 7636 §4.1: 43 to 128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~".
        if (verifier is null || verifier.Length is < 43 or > 128
            || !verifier.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~'))
        {
            return false;
        }

        var computed = Jose.Base64Url.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(computed), Encoding.ASCII.GetBytes(challenge));
    }
}
