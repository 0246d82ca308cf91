using KtPortal.Api.OAuth.Jose;
using KtPortal.Domain.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KtPortal.Api.OAuth.Endpoints;

/// <summary>
/// <c>GET /.well-known/oauth-authorization-server</c> (RFC 8414 §3) and <c>GET /.well-known/openid-configuration</c>
/// (OpenID Connect Discovery 1.0 §4): the same document at both.
/// </summary>
internal static class DiscoveryEndpoint
{
    public const string OAuthPath = "/.well-known/oauth-authorization-server";
    public const string OpenIdPath = "/.well-known/openid-configuration";

    private static readonly string[] ClientAuthMethods = ["client_secret_basic", "client_secret_post"];

    // A public client (the SPA) authenticates with nothing at the token endpoint: PKCE binds its code instead.
    private static readonly string[] TokenAuthMethods = [.. ClientAuthMethods, "none"];

    public static Ok<AuthorizationServerMetadata> Handle(HttpContext context, OAuthIssuer issuerName)
    {
        var issuer = issuerName.Resolve(context.Request);
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Ok(new AuthorizationServerMetadata
        {
            Issuer = issuer,
            AuthorizationEndpoint = issuer + AuthorizationEndpoint.Path,
            TokenEndpoint = issuer + TokenEndpoint.Path,
            UserInfoEndpoint = issuer + UserInfoEndpoint.Path,
            EndSessionEndpoint = issuer + EndSessionEndpoint.Path,
            ScopesSupported = ["openid", "profile", "email", "api:read", "api:write"],
            ClaimsSupported = ["sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "amr", "name", "preferred_username", "email", "email_verified"],
            ResponseModesSupported = ["query"],
            JwksUri = issuer + JwksEndpoint.Path,
            IntrospectionEndpoint = issuer + IntrospectionEndpoint.Path,
            RevocationEndpoint = issuer + RevocationEndpoint.Path,
            GrantTypesSupported = [OAuthGrantTypes.AuthorizationCode, OAuthGrantTypes.RefreshToken, OAuthGrantTypes.ClientCredentials],
            ResponseTypesSupported = ["code"],
            TokenEndpointAuthMethodsSupported = TokenAuthMethods,
            IntrospectionEndpointAuthMethodsSupported = ClientAuthMethods,
            RevocationEndpointAuthMethodsSupported = ClientAuthMethods,
            CodeChallengeMethodsSupported = ["S256"],
            AuthorizationResponseIssParameterSupported = true,
            AccessTokenSigningAlgValuesSupported = JwsAlgorithms.All,
            IdTokenSigningAlgValuesSupported = ["RS256"],
            SubjectTypesSupported = ["public"],
        });
    }
}
