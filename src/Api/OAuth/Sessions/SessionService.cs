using Npgsql;

namespace KtPortal.Api.OAuth.Sessions;

/// <summary>
/// A user's sessions (refresh-token families that are neither revoked nor expired): list them, revoke one, and let
/// an organization's admin revoke a session of any of its members. Revoking a session revokes its refresh tokens
/// and its access tokens, which the API's bearer authentication then refuses.
/// </summary>
public sealed class SessionService(NpgsqlDataSource dataSource, TimeProvider clock)
{
    // The roles that administer an organization's people, by organization kind.
    private static readonly string[] AdminRoles = ["ADMIN", "OWNER", "PARTNER_ADMIN"];

    /// <summary>
    /// The active sessions of every member of <paramref name="organizationId"/>, most recently used first, when
    /// <paramref name="adminUserId"/> is an admin of it (ADMIN, OWNER or PARTNER_ADMIN); empty otherwise.
    /// </summary>
    public Task<IReadOnlyList<SessionSummary>> ListForOrganizationAsync(Guid adminUserId, Guid organizationId, CancellationToken cancellationToken = default) =>
        ReadAsync(
            """
            EXISTS (SELECT 1 FROM memberships admin WHERE admin.user_id = $2 AND admin.organization_id = $3 AND admin.role = ANY ($4))
            AND f.user_id IN (SELECT member.user_id FROM memberships member WHERE member.organization_id = $3)
            """,
            [adminUserId, organizationId, AdminRoles],
            cancellationToken);

    /// <summary>The user's active sessions, most recently used first.</summary>
    public Task<IReadOnlyList<SessionSummary>> ListAsync(Guid userId, CancellationToken cancellationToken = default) =>
        ReadAsync("f.user_id = $2", [userId], cancellationToken);

    /// <summary>
    /// The session an access token was issued from (by its <c>jti</c>); null for a token outside any session, such
    /// as one from client credentials.
    /// </summary>
    public async Task<Guid?> SessionOfAccessTokenAsync(string? tokenId, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(tokenId, out var jti))
        {
            return null;
        }

        await using var command = dataSource.CreateCommand("SELECT family_id FROM oauth_tokens WHERE jti = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = jti });
        return await command.ExecuteScalarAsync(cancellationToken) is Guid family ? family : null;
    }

    /// <summary>Revokes one of the user's own sessions; false when it is not theirs or is already revoked.</summary>
    public Task<bool> RevokeOwnAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken = default) =>
        RevokeWhereAsync("f.user_id = $3", userId, sessionId, cancellationToken);

    /// <summary>
    /// Revokes a session of a member of an organization in which <paramref name="adminUserId"/> is an admin
    /// (ADMIN, OWNER or PARTNER_ADMIN); false when it is not such a session or is already revoked.
    /// </summary>
    public Task<bool> RevokeAsAdminAsync(Guid adminUserId, Guid sessionId, CancellationToken cancellationToken = default) =>
        RevokeWhereAsync(
            """
            EXISTS (SELECT 1 FROM memberships admin JOIN memberships member ON member.organization_id = admin.organization_id
                    WHERE admin.user_id = $3 AND admin.role = ANY ($4) AND member.user_id = f.user_id)
            """,
            adminUserId,
            sessionId,
            cancellationToken);

    /// <summary>
    /// Revokes every session of the user, with its access and refresh tokens (after a password reset, say), and returns
    /// how many were still active.
    /// </summary>
    public Task<int> RevokeAllAsync(Guid userId, CancellationToken cancellationToken = default) =>
        RevokeAllExceptAsync(userId, except: null, cancellationToken);

    /// <summary>
    /// Revokes every session of the user but <paramref name="except"/> (the one a password change was made from), and
    /// returns how many were still active.
    /// </summary>
    public async Task<int> RevokeAllExceptAsync(Guid userId, Guid? except, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            """
            WITH family AS (
                UPDATE oauth_token_families SET revoked_at = $2
                WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $3 RETURNING id
            ), tokens AS (
                UPDATE oauth_tokens SET revoked_at = $2 WHERE family_id IN (SELECT id FROM family) AND revoked_at IS NULL
            )
            SELECT count(*) FROM family
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)except ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        return (int)(long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Revokes every session of the user at one client, with its access and refresh tokens (when the user withdraws
    /// their consent to it), and returns how many were still active.
    /// </summary>
    public async Task<int> RevokeAllForClientAsync(Guid userId, string clientId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            """
            WITH family AS (
                UPDATE oauth_token_families SET revoked_at = $2 WHERE user_id = $1 AND client_id = $3 AND revoked_at IS NULL RETURNING id
            ), tokens AS (
                UPDATE oauth_tokens SET revoked_at = $2 WHERE family_id IN (SELECT id FROM family) AND revoked_at IS NULL
            )
            SELECT count(*) FROM family
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        command.Parameters.Add(new NpgsqlParameter { Value = clientId });
        return (int)(long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task<bool> RevokeWhereAsync(string condition, Guid actorId, Guid sessionId, CancellationToken cancellationToken)
    {
        // One statement: the permission check and the revocation cannot be separated by a concurrent change.
        await using var command = dataSource.CreateCommand(
            $"""
            WITH family AS (
                UPDATE oauth_token_families f SET revoked_at = $2 WHERE f.id = $1 AND f.revoked_at IS NULL AND {condition} RETURNING f.id
            ), tokens AS (
                UPDATE oauth_tokens SET revoked_at = $2 WHERE family_id IN (SELECT id FROM family) AND revoked_at IS NULL
            )
            SELECT count(*) FROM family
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = sessionId });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        command.Parameters.Add(new NpgsqlParameter { Value = actorId });
        if (condition.Contains("$4", StringComparison.Ordinal))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = AdminRoles });
        }

        return (long)(await command.ExecuteScalarAsync(cancellationToken))! == 1;
    }

    private async Task<IReadOnlyList<SessionSummary>> ReadAsync(string condition, object[] parameters, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT f.id, f.user_id, f.client_id, c.display_name, f.created_at, f.last_used_at, f.ip_address, f.user_agent
            FROM oauth_token_families f JOIN oauth_clients c ON c.client_id = f.client_id
            WHERE f.revoked_at IS NULL AND f.expires_at > $1 AND {condition}
            ORDER BY f.last_used_at DESC, f.id
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        var sessions = new List<SessionSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            sessions.Add(new SessionSummary(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4), reader.GetFieldValue<DateTimeOffset>(5),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return sessions;
    }
}
