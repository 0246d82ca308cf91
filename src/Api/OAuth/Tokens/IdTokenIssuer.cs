using KtPortal.Api.OAuth.Keys;
using KtPortal.Api.OAuth.Jose;
using KtPortal.Domain.Identity;

namespace KtPortal.Api.OAuth.Tokens;

/// <summary>
/// Issues OpenID Connect ID tokens, always RS256 (the algorithm every relying party must accept when it registered
/// none, OpenID Connect Core 1.0 §3.1.3.7), with <c>nonce</c>, <c>auth_time</c> and <c>amr</c>, and the profile and
/// email claims that the granted scopes ask for (§5.4).
/// https://openid.net/specs/openid-connect-core-1_0.html#IDToken
/// </summary>
internal sealed class IdTokenIssuer(SigningKeyRing keys, TimeProvider clock)
{
    /// <summary>How long an ID token is valid: 20 minutes, OpenIddict's default (it is read right after the token response).</summary>
    public static TimeSpan Lifetime { get; } = TimeSpan.FromMinutes(20);

    public async Task<string> IssueAsync(User user, string clientId, IReadOnlyList<string> scopes, string? nonce, DateTimeOffset authTime,
        IReadOnlyList<string> amr, string issuer, CancellationToken cancellationToken)
    {
        var key = await keys.GetSigningKeyAsync(SigningAlgorithm.Rs256, cancellationToken);
        var issuedAt = clock.GetUtcNow().ToUnixTimeSeconds();
        return JwsCompact.Sign(key, "JWT", JsonPayload.Write(writer =>
        {
            writer.WriteString("iss", issuer);
            writer.WriteString("sub", user.Id.ToString("D"));
            writer.WriteString("aud", clientId);
            writer.WriteNumber("exp", issuedAt + (long)Lifetime.TotalSeconds);
            writer.WriteNumber("iat", issuedAt);
            writer.WriteNumber("auth_time", authTime.ToUnixTimeSeconds());
            if (nonce is not null)
            {
                writer.WriteString("nonce", nonce);
            }

            // RFC 8176 §2: the authentication method reference values.
            writer.WriteStartArray("amr");
            foreach (var method in amr)
            {
                writer.WriteStringValue(method);
            }

            writer.WriteEndArray();
            UserClaims.Write(writer, user, scopes);
        }));
    }
}
