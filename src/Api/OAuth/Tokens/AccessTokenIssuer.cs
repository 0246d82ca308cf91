using System.Text.Json;
using KtPortal.Api.OAuth.Jose;
using KtPortal.Api.OAuth.Keys;
using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;
using Microsoft.Extensions.Options;

namespace KtPortal.Api.OAuth.Tokens;

/// <summary>
/// Issues JWT access tokens per RFC 9068 and records each one for revocation and introspection.
/// https://www.rfc-editor.org/rfc/rfc9068#section-2
/// </summary>
internal sealed class AccessTokenIssuer(PortalDbContext db, SigningKeyRing keys, TimeProvider clock, IOptions<OAuthServerOptions> options)
{
    /// <summary>Issues a token to <paramref name="client"/> acting for itself (the client credentials grant).</summary>
    public async Task<IssuedAccessToken> IssueForClientAsync(OAuthClient client, IReadOnlyList<string> scopes, string issuer, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var lifetime = client.AccessTokenLifetimeSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : settings.AccessTokenLifetime;
        var key = await keys.GetSigningKeyAsync(client.SigningAlgorithm ?? settings.DefaultSigningAlgorithm, cancellationToken);

        // NumericDate is whole seconds here, and the record keeps exactly the times the token carries.
        var issuedAt = DateTimeOffset.FromUnixTimeSeconds(clock.GetUtcNow().ToUnixTimeSeconds());
        var expiresAt = issuedAt + TimeSpan.FromSeconds(Math.Max(1, (long)lifetime.TotalSeconds));
        var jti = Guid.CreateVersion7(issuedAt);
        var scope = string.Join(' ', scopes);

        // RFC 9068 §2.2: with no resource owner, sub identifies the client itself.
        var subject = client.ClientId;
        var token = JwsCompact.Sign(key, AccessTokenValidation.TokenType, Payload(writer =>
        {
            writer.WriteString("iss", issuer);
            writer.WriteString("sub", subject);
            writer.WriteString("aud", settings.Audience);
            writer.WriteNumber("exp", expiresAt.ToUnixTimeSeconds());
            writer.WriteNumber("iat", issuedAt.ToUnixTimeSeconds());
            writer.WriteString("jti", jti.ToString("D"));
            writer.WriteString("client_id", client.ClientId);
            writer.WriteString("scope", scope);
            if (client.OrganizationId is { } organizationId)
            {
                writer.WriteString(AccessTokenClaims.OrganizationId, organizationId.ToString("D"));
            }

            if (client.ActingRole is { } role)
            {
                // RFC 9068 §2.2.3.1 takes "roles" from SCIM (RFC 7643 §4.1.2).
                writer.WriteStartArray(AccessTokenClaims.Roles);
                writer.WriteStringValue(EnumText.ToText(role));
                writer.WriteEndArray();
            }
        }));

        db.IssuedTokens.Add(new IssuedToken(jti, client.ClientId, subject, client.OrganizationId, scope, issuedAt, expiresAt));
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedAccessToken(token, expiresAt - issuedAt, scope);
    }

    private static byte[] Payload(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JwsCompact.WriterOptions))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
