using KtPortal.Api.Audit;
using KtPortal.Api.OAuth.Clients;
using KtPortal.Api.OAuth.Sessions;
using KtPortal.Api.OAuth.Tokens;
using KtPortal.Domain.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.Api.OAuth.Endpoints;

/// <summary>
/// <c>POST /oauth/revoke</c> (RFC 7009): a client revokes an access or refresh token issued to it. The answer is 200
/// whether or not the token was valid, ours, or already revoked (§2.2), so it reveals nothing.
/// https://www.rfc-editor.org/rfc/rfc7009#section-2
/// </summary>
internal static class RevocationEndpoint
{
    public const string Path = "/oauth/revoke";

    public static async Task<Results<Ok, JsonHttpResult<OAuthErrorResponse>>> HandleAsync(
        HttpContext context,
        ClientAuthenticator authenticator,
        AccessTokenVerifier verifier,
        OAuthIssuer issuerName,
        PortalDbContext db,
        TimeProvider clock,
        TokenFamilies families,
        AuditLog audit,
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

        string? token = form["token"];
        if (string.IsNullOrEmpty(token))
        {
            return OAuthResponses.Error(OAuthErrors.InvalidRequest, "token is required.");
        }

        // token_type_hint is only a hint (§2.1): a refresh token is looked up when the token is not one of our JWTs.
        // Revoking a refresh token ends its whole session (family), with the access tokens issued in it (§2.1).
        if (!token.Contains('.', StringComparison.Ordinal))
        {
            var refresh = token.Length <= 128 ? await families.FindRefreshTokenAsync(token, cancellationToken) : null;
            if (refresh is not null && refresh.Family.ClientId == authentication.Client.ClientId)
            {
                await families.RevokeAsync(refresh.Family.Id, clock.GetUtcNow(), cancellationToken);
            }

            return TypedResults.Ok();
        }

        var result = await verifier.ValidateAsync(token, issuerName.Resolve(context.Request), cancellationToken);
        if (result.IsValid && Guid.TryParse(result.Claims.Value.GetProperty("jti").GetString(), out var jti))
        {
            var record = await db.IssuedTokens.SingleOrDefaultAsync(t => t.Jti == jti, cancellationToken);
            // §2.1: the server verifies that the token was issued to the client making the request.
            if (record is not null && record.ClientId == authentication.Client.ClientId)
            {
                record.Revoke(clock.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
                await audit.RecordAsync(
                    AuditEventKinds.TokenRevoked, context, cancellationToken, actorClientId: record.ClientId, organizationId: record.OrganizationId,
                    detail: new Dictionary<string, string> { ["jti"] = jti.ToString("D") });
            }
        }

        return TypedResults.Ok();
    }
}
