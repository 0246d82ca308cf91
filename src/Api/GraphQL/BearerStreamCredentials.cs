using KtPortal.Api.OAuth;
using KtPortal.Api.OAuth.Tokens;
using KtPortal.GraphQL.AspNetCore.Credentials;
using KtPortal.GraphQL.AspNetCore.ServerSentEvents;

namespace KtPortal.Api.GraphQL;

/// <summary>
/// The credentials a long-lived stream of <c>/graphql</c> runs under: the bearer token of its request, which expires at
/// its <c>exp</c> and is checked again (not revoked, its session not ended) while the stream stays open. Server-sent
/// event streams use it directly; WebSocket connections through <see cref="BearerConnectionInterceptor"/>.
/// </summary>
internal sealed class BearerStreamCredentials(AccessTokenPrincipals principals, OAuthIssuer issuer) : IEventStreamCredentials
{
    public ValueTask<StreamCredentials?> GetAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(
            context.User.Identity?.IsAuthenticated == true && HeaderToken(context.Request) is { } token
                ? new StreamCredentials(AccessTokenPrincipals.ExpiresAt(context.User), StillActive(token, issuer.Resolve(context.Request)))
                : null);
    }

    /// <summary>A check that <paramref name="token"/> is still a valid, active access token.</summary>
    public Func<CancellationToken, ValueTask<bool>> StillActive(string token, string issuerName)
        => async cancellationToken => await principals.AuthenticateAsync(token, issuerName, cancellationToken) is not null;

    // The bearer token of the request's Authorization header, if it has one.
    private static string? HeaderToken(HttpRequest request)
        => AccessTokenPrincipals.BearerToken(request.Headers.Authorization.ToString()) is { Length: > 0 } token ? token : null;
}
