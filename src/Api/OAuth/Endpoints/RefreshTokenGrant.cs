using KtPortal.Api.OAuth.Sessions;
using KtPortal.Api.OAuth.Tokens;
using KtPortal.Domain.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace KtPortal.Api.OAuth.Endpoints;

/// <summary>
/// <c>grant_type=refresh_token</c> (RFC 6749 §6) with rotation and reuse detection (RFC 9700 §4.14.2): every use
/// returns a new refresh token, and a used token presented again revokes its whole family, with one exception for
/// a concurrent double refresh (two tabs, a retried request): within <see cref="OAuthServerOptions.RefreshTokenReuseGrace"/>
/// of the first use, and only while no later token of the family has been used, the second request gets a fresh
/// token of the same family instead. Once the family has moved on, a replay is never a race.
/// https://www.rfc-editor.org/rfc/rfc9700#section-4.14.2
/// </summary>
internal sealed class RefreshTokenGrant(
    TokenFamilies families,
    AccessTokenIssuer accessTokens,
    TimeProvider clock,
    IOptions<OAuthServerOptions> options)
{
    public async Task<Results<Ok<TokenResponse>, JsonHttpResult<OAuthErrorResponse>>> ExchangeAsync(
        HttpContext context, OAuthClient client, IFormCollection form, string issuer, CancellationToken cancellationToken)
    {
        string? presented = form["refresh_token"];
        if (string.IsNullOrEmpty(presented) || presented.Length > 128)
        {
            return OAuthResponses.Error(OAuthErrors.InvalidRequest, "refresh_token is required.");
        }

        if (!client.AllowsGrant(OAuthGrantTypes.RefreshToken))
        {
            return OAuthResponses.Error(OAuthErrors.UnauthorizedClient);
        }

        var now = clock.GetUtcNow();
        var token = await families.FindRefreshTokenAsync(presented, cancellationToken);

        // RFC 6749 §6: the token must have been issued to this client; refused alike whatever the reason.
        if (token is null || token.FamilyRevoked || token.Family.ClientId != client.ClientId || now >= token.ExpiresAt)
        {
            return OAuthResponses.Error(OAuthErrors.InvalidGrant);
        }

        // RFC 6749 §6: a narrower scope may be asked for; never a wider one.
        var granted = token.Family.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var scopes = ScopeRequest.Narrow(form["scope"], granted);
        if (scopes is null)
        {
            return OAuthResponses.Error(OAuthErrors.InvalidScope);
        }

        var ip = context.Connection.RemoteIpAddress?.ToString();
        var userAgent = context.Request.Headers.UserAgent.ToString();
        if (!await families.TryUseAsync(token.Id, now, ip, userAgent, cancellationToken))
        {
            var (usedAt, familyMovedOn) = await families.FindUseAsync(token, cancellationToken);
            var withinGrace = usedAt is { } used && now - used <= options.Value.RefreshTokenReuseGrace && !familyMovedOn;
            if (!withinGrace)
            {
                // A replay: the token leaked, or the client is broken. Either way the session ends.
                await families.RevokeAsync(token.Family.Id, now, cancellationToken);
                return OAuthResponses.Error(OAuthErrors.InvalidGrant);
            }
        }

        var refreshLifetime = options.Value.RefreshTokenLifetime;
        var next = await families.IssueRefreshTokenAsync(token.Family.Id, token.Generation + 1, now, now + refreshLifetime, cancellationToken);
        var accessToken = await accessTokens.IssueForUserAsync(client, token.Family.UserId, scopes, token.Family.Id, issuer, cancellationToken);
        return TypedResults.Ok(new TokenResponse(accessToken.Token, "Bearer", (long)accessToken.Lifetime.TotalSeconds, accessToken.Scope, next));
    }
}
