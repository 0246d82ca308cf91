using KtPortal.Api.OAuth.Sessions;
using Npgsql;

namespace KtPortal.Api.OAuth.Authorization;

/// <summary>
/// Authorization codes in PostgreSQL, stored as SHA-256 hashes. Redemption and the start of the session it opens
/// happen in one transaction that only one request can win (RFC 6749 §4.1.2: a code is used once).
/// </summary>
internal sealed class AuthorizationCodes(NpgsqlDataSource dataSource)
{
    /// <summary>How long a code is valid (RFC 6749 §4.1.2 recommends at most ten minutes; OpenIddict uses five).</summary>
    public static TimeSpan Lifetime { get; } = TimeSpan.FromMinutes(5);

    /// <summary>Stores a code for <paramref name="grant"/>; returns the code.</summary>
    public async Task<string> CreateAsync(AuthorizationCode grant, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var code = TokenFamilies.NewOpaqueToken();
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO oauth_authorization_codes (code_hash, client_id, user_id, redirect_uri, scope, code_challenge, nonce, auth_time, amr, created_at, expires_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            """);
        foreach (var value in (object[])[TokenFamilies.Hash(code), grant.ClientId, grant.UserId, grant.RedirectUri, grant.Scope, grant.CodeChallenge,
                     (object?)grant.Nonce ?? DBNull.Value, grant.AuthTime, grant.Amr.ToArray(), now, grant.ExpiresAt])
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
        return code;
    }

    /// <summary>The code's record, or null when there is none.</summary>
    public async Task<AuthorizationCode?> FindAsync(string code, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT client_id, user_id, redirect_uri, scope, code_challenge, nonce, auth_time, amr, expires_at, redeemed_at, family_id
            FROM oauth_authorization_codes WHERE code_hash = $1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = TokenFamilies.Hash(code) });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new AuthorizationCode(
            reader.GetString(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
            reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6), reader.GetFieldValue<string[]>(7),
            reader.GetFieldValue<DateTimeOffset>(8), reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9),
            reader.IsDBNull(10) ? null : reader.GetGuid(10));
    }

    /// <summary>
    /// Redeems the code and creates <paramref name="family"/> for it, atomically; false when the code was redeemed
    /// already (a concurrent redemption waits for the first one's row lock, then finds it redeemed).
    /// </summary>
    public async Task<bool> TryRedeemAsync(string code, TokenFamily family, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await TokenFamilies.CreateAsync(connection, transaction, family, cancellationToken);
        await using var command = new NpgsqlCommand(
            "UPDATE oauth_authorization_codes SET redeemed_at = $2, family_id = $3 WHERE code_hash = $1 AND redeemed_at IS NULL",
            connection,
            transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = TokenFamilies.Hash(code) });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = family.Id });
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
