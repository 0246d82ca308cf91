using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace KtPortal.Api.OAuth.Sessions;

/// <summary>
/// Refresh-token families in PostgreSQL: a family is one session (one sign-in at one client), and each refresh
/// rotates its token (RFC 9700 §4.14.2). Tokens are stored as SHA-256 hashes of 256 random bits.
/// </summary>
internal sealed class TokenFamilies(NpgsqlDataSource dataSource)
{
    /// <summary>The stored form of an opaque token or code.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(Sha256(token));

    /// <summary>The SHA-256 of a token's text, for the tables that store it as bytes (personal tokens, invitations).</summary>
    public static byte[] Sha256(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>A new opaque token: 256 random bits, base64url.</summary>
    public static string NewOpaqueToken() => Jose.Base64Url.Encode(RandomNumberGenerator.GetBytes(32));

    /// <summary>Adds a family in <paramref name="transaction"/>.</summary>
    public static async Task CreateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, TokenFamily family, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO oauth_token_families (id, user_id, client_id, scope, auth_time, amr, created_at, last_used_at, expires_at, ip_address, user_agent)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8, $9, $10)
            """,
            connection,
            transaction);
        Add(command, family.Id, family.UserId, family.ClientId, family.Scope, family.AuthTime, family.Amr.ToArray(), family.CreatedAt,
            family.ExpiresAt, (object?)family.IpAddress ?? DBNull.Value, (object?)Truncate(family.UserAgent) ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Issues a refresh token of <paramref name="generation"/> in the family; returns the token.</summary>
    public async Task<string> IssueRefreshTokenAsync(Guid familyId, int generation, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var token = NewOpaqueToken();
        await using var command = dataSource.CreateCommand(
            """
            WITH inserted AS (
                INSERT INTO oauth_refresh_tokens (id, family_id, token_hash, generation, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)
            )
            UPDATE oauth_token_families SET expires_at = greatest(expires_at, $6) WHERE id = $2
            """);
        Add(command, Guid.CreateVersion7(now), familyId, Hash(token), generation, now, expiresAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return token;
    }

    /// <summary>The refresh token with its family, or null when no such token exists.</summary>
    public async Task<StoredRefreshToken?> FindRefreshTokenAsync(string token, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT r.id, r.generation, r.expires_at, r.used_at,
                   f.id, f.user_id, f.client_id, f.scope, f.auth_time, f.amr, f.created_at, f.expires_at, f.revoked_at
            FROM oauth_refresh_tokens r JOIN oauth_token_families f ON f.id = r.family_id
            WHERE r.token_hash = $1
            """);
        Add(command, Hash(token));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var family = new TokenFamily(
            reader.GetGuid(4), reader.GetGuid(5), reader.GetString(6), reader.GetString(7), reader.GetFieldValue<DateTimeOffset>(8),
            reader.GetFieldValue<string[]>(9), reader.GetFieldValue<DateTimeOffset>(10), reader.GetFieldValue<DateTimeOffset>(11), null, null);
        return new StoredRefreshToken(
            reader.GetGuid(0), reader.GetInt32(1), reader.GetFieldValue<DateTimeOffset>(2),
            reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3), family, !reader.IsDBNull(12));
    }

    /// <summary>Marks the token used if nobody has; false when it was used already (now or concurrently).</summary>
    public async Task<bool> TryUseAsync(Guid refreshTokenId, DateTimeOffset now, string? ipAddress, string? userAgent, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            WITH used AS (
                UPDATE oauth_refresh_tokens SET used_at = $2 WHERE id = $1 AND used_at IS NULL RETURNING family_id
            )
            UPDATE oauth_token_families f SET last_used_at = $2, ip_address = coalesce($3, f.ip_address), user_agent = coalesce($4, f.user_agent)
            FROM used WHERE f.id = used.family_id
            """);
        Add(command, refreshTokenId, now, (object?)ipAddress ?? DBNull.Value, (object?)Truncate(userAgent) ?? DBNull.Value);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>When a used token was used, and whether a later generation of its family has been used since.</summary>
    public async Task<(DateTimeOffset? UsedAt, bool FamilyMovedOn)> FindUseAsync(StoredRefreshToken token, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT r.used_at,
                   EXISTS (SELECT 1 FROM oauth_refresh_tokens later
                           WHERE later.family_id = r.family_id AND later.generation > r.generation AND later.used_at IS NOT NULL)
            FROM oauth_refresh_tokens r WHERE r.id = $1
            """);
        Add(command, token.Id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.IsDBNull(0) ? null : reader.GetFieldValue<DateTimeOffset>(0), reader.GetBoolean(1))
            : (null, true);
    }

    /// <summary>Revokes the family, its access tokens, and so every refresh token in it; false when it already was.</summary>
    public async Task<bool> RevokeAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            WITH family AS (
                UPDATE oauth_token_families SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING id
            ), tokens AS (
                UPDATE oauth_tokens SET revoked_at = $2 WHERE family_id = $1 AND revoked_at IS NULL
            )
            SELECT count(*) FROM family
            """);
        Add(command, familyId, now);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! > 0;
    }

    private static string? Truncate(string? userAgent) => userAgent is { Length: > 512 } ? userAgent[..512] : userAgent;

    private static void Add(NpgsqlCommand command, params object[] values)
    {
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
    }
}
