using KtPortal.Api.OAuth.Jose;
using KtPortal.Api.OAuth.Keys;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KtPortal.Api.OAuth.Tokens;

/// <summary>
/// Validates our access tokens against the published keys, and looks up whether one was revoked. Used by the
/// API's bearer authentication and by introspection.
/// </summary>
internal sealed class AccessTokenVerifier(SigningKeyRing keys, NpgsqlDataSource dataSource, TimeProvider clock, IOptions<OAuthServerOptions> options)
{
    /// <summary>Validates signature, type and claims; <paramref name="clockSkew"/> defaults to the configured one.</summary>
    public ValueTask<AccessTokenValidationResult> ValidateAsync(string? token, string issuer, CancellationToken cancellationToken, TimeSpan? clockSkew = null) =>
        AccessTokenValidation.ValidateAsync(
            token,
            kid => keys.FindAsync(kid, cancellationToken),
            issuer,
            options.Value.Audience,
            clock.GetUtcNow(),
            clockSkew ?? options.Value.ClockSkew);

    /// <summary>
    /// The client a token was issued to, when it is recorded and neither it nor its session (refresh-token family)
    /// is revoked; otherwise null. Checking the family too closes the window in which a token issued from a code
    /// is recorded just after a replay of that code revoked the family.
    /// </summary>
    public async Task<string?> FindActiveRecordAsync(string jti, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(jti, out var id))
        {
            return null;
        }

        await using var command = dataSource.CreateCommand("""
            SELECT t.client_id FROM oauth_tokens t LEFT JOIN oauth_token_families f ON f.id = t.family_id
            WHERE t.jti = $1 AND t.revoked_at IS NULL AND f.revoked_at IS NULL
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
