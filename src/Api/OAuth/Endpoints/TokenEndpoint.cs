using KtPortal.Api.Audit;
using KtPortal.Api.OAuth.Clients;
using KtPortal.Api.OAuth.Tokens;
using KtPortal.Domain.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KtPortal.Api.OAuth.Endpoints;

/// <summary>
/// <c>POST /oauth/token</c> (RFC 6749 §3.2). Only the client credentials grant is served so far; the password
/// and implicit grants are refused for good (OAuth 2.1 removes them), and the others until they are built.
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

        // OAuth 2.1 §10 drops the password and implicit grants; the code and refresh grants are not built yet.
        if (grantType != OAuthGrantTypes.ClientCredentials)
        {
            return OAuthResponses.Error(OAuthErrors.UnsupportedGrantType);
        }

        var authentication = await authenticator.AuthenticateAsync(context.Request, form, cancellationToken);
        if (!authentication.Succeeded)
        {
            await audit.RecordAsync(AuditEventKinds.ClientAuthenticationFailed, context, cancellationToken, detail: new Dictionary<string, string> { ["endpoint"] = Path });
            return OAuthResponses.ClientFailure(context, authentication);
        }

        var client = authentication.Client;

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
}
