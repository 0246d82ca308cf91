using System.Text.Json;
using KtPortal.Api.OAuth.Clients;
using KtPortal.Api.OAuth.Tokens;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KtPortal.Api.OAuth.Endpoints;

/// <summary>
/// <c>POST /oauth/introspect</c> (RFC 7662): a confidential client asks whether an access token issued to it is
/// active. A token of another client, a revoked, expired, tampered or foreign token all read
/// <c>{"active":false}</c>, so the answer says nothing about tokens the caller does not own.
/// https://www.rfc-editor.org/rfc/rfc7662#section-2
/// </summary>
internal static class IntrospectionEndpoint
{
    public const string Path = "/oauth/introspect";

    public static async Task<Results<Ok<IntrospectionResponse>, JsonHttpResult<OAuthErrorResponse>>> HandleAsync(
        HttpContext context,
        ClientAuthenticator authenticator,
        AccessTokenVerifier verifier,
        OAuthIssuer issuerName,
        CancellationToken cancellationToken)
    {
        var (form, problem) = await OAuthResponses.ReadFormAsync(context.Request, cancellationToken);
        if (form is null)
        {
            return OAuthResponses.Error(OAuthErrors.InvalidRequest, problem);
        }

        var authentication = await authenticator.AuthenticateAsync(context.Request, form, cancellationToken);
        if (!authentication.Succeeded)
        {
            return OAuthResponses.ClientFailure(context, authentication);
        }

        // RFC 7662 §2.1: the endpoint requires authorization; a public client proves nothing about itself.
        if (!authentication.Client.IsConfidential)
        {
            return OAuthResponses.ClientFailure(context, ClientAuthenticationResult.Failure(OAuthErrors.InvalidClient, authentication.UsedBasic));
        }

        string? token = form["token"];
        if (string.IsNullOrEmpty(token))
        {
            return OAuthResponses.Error(OAuthErrors.InvalidRequest, "token is required.");
        }

        // The server judges its own tokens by its own clock: no skew allowance.
        var result = await verifier.ValidateAsync(token, issuerName.Resolve(context.Request), cancellationToken, TimeSpan.Zero);
        if (!result.IsValid)
        {
            return TypedResults.Ok(IntrospectionResponse.Inactive);
        }

        var claims = result.Claims.Value;
        var jti = claims.GetProperty("jti").GetString()!;
        var owner = await verifier.FindActiveRecordAsync(jti, cancellationToken);
        if (owner is null || !string.Equals(owner, authentication.Client.ClientId, StringComparison.Ordinal))
        {
            return TypedResults.Ok(IntrospectionResponse.Inactive);
        }

        return TypedResults.Ok(new IntrospectionResponse
        {
            Active = true,
            Scope = String(claims, "scope"),
            ClientId = String(claims, "client_id"),
            TokenType = "Bearer",
            Exp = claims.GetProperty("exp").GetInt64(),
            Iat = claims.GetProperty("iat").GetInt64(),
            Sub = String(claims, "sub"),
            Aud = String(claims, "aud"),
            Iss = String(claims, "iss"),
            Jti = jti,
            OrganizationId = String(claims, AccessTokenClaims.OrganizationId),
        });
    }

    private static string? String(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
