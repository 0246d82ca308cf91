using KtPortal.Api.OAuth.Jose;
using KtPortal.Api.OAuth.Keys;
using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KtPortal.Api.OAuth.Tokens;

/// <summary>
/// Issues JWT access tokens per RFC 9068 and records each one for revocation and introspection.
/// https://www.rfc-editor.org/rfc/rfc9068#section-2
/// </summary>
internal sealed class AccessTokenIssuer(PortalDbContext db, SigningKeyRing keys, TimeProvider clock, IOptions<OAuthServerOptions> options)
{
    /// <summary>Issues a token to <paramref name="client"/> acting for itself (the client credentials grant).</summary>
    public Task<IssuedAccessToken> IssueForClientAsync(OAuthClient client, IReadOnlyList<string> scopes, string issuer, CancellationToken cancellationToken) =>
        // RFC 9068 §2.2: with no resource owner, sub identifies the client itself.
        IssueAsync(client, client.ClientId, client.OrganizationId, client.ActingRole is { } role ? [role] : [], scopes, null, issuer, cancellationToken);

    /// <summary>
    /// Issues a token to <paramref name="client"/> acting for the user <paramref name="userId"/> in session
    /// <paramref name="familyId"/>. The token names the user's organization and roles when the user belongs to exactly
    /// one organization; with several, it carries no organization and the API decides per request.
    /// </summary>
    public async Task<IssuedAccessToken> IssueForUserAsync(OAuthClient client, Guid userId, IReadOnlyList<string> scopes, Guid? familyId,
        string issuer, CancellationToken cancellationToken)
    {
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId).ToListAsync(cancellationToken);
        var single = memberships.Count == 1 ? memberships[0] : null;
        return await IssueAsync(client, userId.ToString("D"), single?.OrganizationId, single is null ? [] : [single.Role], scopes, familyId,
            issuer, cancellationToken);
    }

    /// <summary>How long <paramref name="client"/>'s access tokens live.</summary>
    public TimeSpan LifetimeOf(OAuthClient client) =>
        client.AccessTokenLifetimeSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : options.Value.AccessTokenLifetime;

    private async Task<IssuedAccessToken> IssueAsync(OAuthClient client, string subject, Guid? organizationId, IReadOnlyList<MembershipRole> roles,
        IReadOnlyList<string> scopes, Guid? familyId, string issuer, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var lifetime = LifetimeOf(client);
        var key = await keys.GetSigningKeyAsync(client.SigningAlgorithm ?? settings.DefaultSigningAlgorithm, cancellationToken);

        // NumericDate is whole seconds here, and the record keeps exactly the times the token carries.
        var issuedAt = DateTimeOffset.FromUnixTimeSeconds(clock.GetUtcNow().ToUnixTimeSeconds());
        var expiresAt = issuedAt + TimeSpan.FromSeconds(Math.Max(1, (long)lifetime.TotalSeconds));
        var jti = Guid.CreateVersion7(issuedAt);
        var scope = string.Join(' ', scopes);

        var token = JwsCompact.Sign(key, AccessTokenValidation.TokenType, JsonPayload.Write(writer =>
        {
            writer.WriteString("iss", issuer);
            writer.WriteString("sub", subject);
            writer.WriteString("aud", settings.Audience);
            writer.WriteNumber("exp", expiresAt.ToUnixTimeSeconds());
            writer.WriteNumber("iat", issuedAt.ToUnixTimeSeconds());
            writer.WriteString("jti", jti.ToString("D"));
            writer.WriteString("client_id", client.ClientId);
            writer.WriteString("scope", scope);
            if (organizationId is { } organization)
            {
                writer.WriteString(AccessTokenClaims.OrganizationId, organization.ToString("D"));
            }

            if (roles.Count > 0)
            {
                // RFC 9068 §2.2.3.1 takes "roles" from SCIM (RFC 7643 §4.1.2).
                writer.WriteStartArray(AccessTokenClaims.Roles);
                foreach (var role in roles)
                {
                    writer.WriteStringValue(EnumText.ToText(role));
                }

                writer.WriteEndArray();
            }
        }));

        db.IssuedTokens.Add(new IssuedToken(jti, client.ClientId, subject, organizationId, scope, issuedAt, expiresAt, familyId));
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedAccessToken(token, expiresAt - issuedAt, scope);
    }
}
