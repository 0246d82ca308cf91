using System.Text.Json;
using KtPortal.Api.OAuth;
using KtPortal.Api.OAuth.Tokens;
using KtPortal.GraphQL.AspNetCore.WebSockets;

namespace KtPortal.Api.GraphQL;

/// <summary>
/// Authenticates a graphql-transport-ws connection from its <c>connection_init</c> payload, since browsers cannot
/// set headers on a WebSocket: <c>{"authorization": "Bearer &lt;token&gt;"}</c> or <c>{"token": "&lt;token&gt;"}</c>.
/// Without either, the connection keeps the caller of the upgrade request (its <c>Authorization</c> header), or
/// stays anonymous. A token that is not a valid, active access token closes the socket with 4403 Forbidden; when
/// the token expires, the socket is closed with 4403 <c>Credentials expired</c> (the client reconnects with a new one),
/// and when it is revoked, with 4403 <c>Credentials revoked</c> within <c>GraphQL:WebSockets:CredentialsRecheckInterval</c>.
/// https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#connectioninit
/// </summary>
internal sealed class BearerConnectionInterceptor(AccessTokenPrincipals principals, OAuthIssuer issuer, BearerStreamCredentials credentials)
    : IWebSocketConnectionInterceptor
{
    public async ValueTask<bool> OnConnectAsync(WebSocketConnectionContext context, CancellationToken cancellationToken)
    {
        if (!TryReadToken(context.Payload, out var token))
        {
            return false;
        }

        if (token is null)
        {
            // The upgrade request's caller, if its Authorization header held a token: it expires, and may be revoked,
            // all the same, as the caller of an event stream.
            var upgrade = await credentials.GetAsync(context.HttpContext, cancellationToken);
            context.ExpiresAt = upgrade?.ExpiresAt ?? AccessTokenPrincipals.ExpiresAt(context.HttpContext.User);
            context.Revalidate = upgrade?.Revalidate;
            return true;
        }

        var issuerName = issuer.Resolve(context.HttpContext.Request);

        var principal = await principals.AuthenticateAsync(token, issuerName, cancellationToken);
        if (principal is null)
        {
            return false;
        }

        // Every operation on the socket is built from this HttpContext, so its caller is the socket's caller.
        context.HttpContext.User = principal;
        context.ExpiresAt = AccessTokenPrincipals.ExpiresAt(principal);

        // Asked again while the socket is open: a token revoked since (its session ended, an admin revoked it, a
        // personal token was withdrawn) closes the socket with 4403 "Credentials revoked" within the recheck interval.
        context.Revalidate = credentials.StillActive(token, issuerName);
        return true;
    }

    /// <summary>The token in the payload (null when there is none); false when the payload's credentials are malformed.</summary>
    private static bool TryReadToken(JsonElement? payload, out string? token)
    {
        token = null;
        if (payload is not { ValueKind: JsonValueKind.Object } value)
        {
            return true;
        }

        if (value.TryGetProperty("authorization", out var authorization) || value.TryGetProperty("Authorization", out authorization))
        {
            var read = authorization.ValueKind == JsonValueKind.String ? AccessTokenPrincipals.BearerToken(authorization.GetString()) : null;
            token = read is { Length: > 0 } ? read : null;
            return token is not null;
        }

        if (value.TryGetProperty("token", out var bare))
        {
            token = bare.ValueKind == JsonValueKind.String ? bare.GetString() : null;
            return !string.IsNullOrEmpty(token);
        }

        return true;
    }
}
