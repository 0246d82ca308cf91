using KtPortal.Api.Audit;
using KtPortal.Api.OAuth.Clients;
using KtPortal.Api.OAuth.Tokens;
using KtPortal.Domain.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KtPortal.Api.OAuth.Endpoints;

/// <summary>
/// <c>POST /oauth/token</c> (RFC 6749 §3.2): the authorization code, refresh token and client credentials grants.
/// The password and implicit grants are refused for good (OAuth 2.1 removes them).
/// https://www.rfc-editor.org/rfc/rfc6749#section-3.2
/// </summary>
internal static class TokenEndpoint
{
    public const string Path = "/oauth/token";

    public static async Task<Results<Ok<TokenResponse>, JsonHttpResult<OAuthErrorResponse>>> HandleAsync(
        HttpContext context,
        ClientAuthenticator authenticator,
        AccessTokenIssuer issuer,
        OAuthIssuer issuerName,
        AuthorizationCodeGrant codeGrant,
        RefreshTokenGrant refreshGrant,
        AuditLog audit,
        CancellationToken cancellationToken)
    {
        var (form, problem) = await OAuthResponses.ReadFormAsync(context.Request, cancellationToken);
        if (form is null)
        {
            return OAuthResponses.Error(OAuthErrors.InvalidRequest, problem);
        }

        string? grantType = form["grant_type"];
        if (string.IsNullOrEmpty(grantType))
        {
            return OAuthResponses.Error(OAuthErrors.InvalidRequest, "grant_type is required.");
        }

        // OAuth 2.1 §10 drops the password and implicit grants.
        if (grantType is not (OAuthGrantTypes.ClientCredentials or OAuthGrantTypes.AuthorizationCode or OAuthGrantTypes.RefreshToken))
        {
            return OAuthResponses.Error(OAuthErrors.UnsupportedGrantType);
        }

        var authentication = await authenticator.AuthenticateAsync(context.Request, form, cancellationToken);
        if (!authentication.Succeeded)
        {
            return OAuthResponses.ClientFailure(context, authentication);
        }

        var client = authentication.Client;
        if (grantType == OAuthGrantTypes.AuthorizationCode)
        {
            return client.AllowsGrant(grantType)
                ? await RecordIssuedAsync(
                    await codeGrant.ExchangeAsync(context, client, form, issuerName.Resolve(context.Request), cancellationToken),
                    grantType, client, audit, context, cancellationToken)
                : OAuthResponses.Error(OAuthErrors.UnauthorizedClient);
        }

        if (grantType == OAuthGrantTypes.RefreshToken)
        {
            return await RecordIssuedAsync(
                await refreshGrant.ExchangeAsync(context, client, form, issuerName.Resolve(context.Request), cancellationToken),
                grantType, client, audit, context, cancellationToken);
        }

        // RFC 6749 §4.4: the client credentials grant MUST only be used by confidential clients.
        if (!client.IsConfidential || !client.AllowsGrant(OAuthGrantTypes.ClientCredentials))
        {
            return OAuthResponses.Error(OAuthErrors.UnauthorizedClient);
        }

        var scopes = ScopeRequest.Narrow(form["scope"], client.AllowedScopes);
        if (scopes is null)
        {
            return OAuthResponses.Error(OAuthErrors.InvalidScope);
        }

        var token = await issuer.IssueForClientAsync(client, scopes, issuerName.Resolve(context.Request), cancellationToken);
        await audit.RecordAsync(
            AuditEventKinds.TokenIssued, context, cancellationToken, actorClientId: client.ClientId, organizationId: client.OrganizationId,
            detail: new Dictionary<string, string> { ["grant_type"] = grantType, ["scope"] = token.Scope });
        return TypedResults.Ok(new TokenResponse(token.Token, "Bearer", (long)token.Lifetime.TotalSeconds, token.Scope));
    }

    // Tokens issued to a user (code and refresh grants) are security events as much as the client's own.
    private static async Task<Results<Ok<TokenResponse>, JsonHttpResult<OAuthErrorResponse>>> RecordIssuedAsync(
        Results<Ok<TokenResponse>, JsonHttpResult<OAuthErrorResponse>> result,
        string grantType,
        OAuthClient client,
        AuditLog audit,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        if (result.Result is Ok<TokenResponse> { Value: { } issued })
        {
            await audit.RecordAsync(
                AuditEventKinds.TokenIssued, context, cancellationToken, actorClientId: client.ClientId, organizationId: client.OrganizationId,
                detail: new Dictionary<string, string> { ["grant_type"] = grantType, ["scope"] = issued.Scope });
        }

        return result;
    }
}
