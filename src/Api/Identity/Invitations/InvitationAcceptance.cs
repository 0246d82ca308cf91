using KtPortal.Api.Audit;
using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;
using Npgsql;

namespace KtPortal.Api.Identity.Invitations;

/// <summary>
/// Accepting an invitation through its link. The invitee belongs to no organization yet, so this is a privileged path
/// like sign-in: it runs on the owner's connection, and the link's token is the whole authority (with the account's
/// password, or a new account for the invited address).
/// </summary>
internal sealed class InvitationAcceptance(NpgsqlDataSource dataSource, AuditLog audit, TimeProvider clock)
{
    /// <summary>The invitation whose link carries <paramref name="token"/>, while the link still works; otherwise null.</summary>
    public async Task<PendingInvitation?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await FindAsync(connection, token, forUpdate: false, cancellationToken);
    }

    /// <summary>
    /// Accepts the invitation of <paramref name="token"/> for the user <paramref name="resolveUser"/> names (null: the
    /// account was refused and nothing changes). The invitation row stays locked from the check until the membership is
    /// written, so concurrent accepts of one link make one membership and every other one finds the link used; and a
    /// new account made by <paramref name="resolveUser"/> is made at most once per invitation.
    /// </summary>
    public async Task<(AcceptOutcome Outcome, PendingInvitation? Invitation)> AcceptAsync(
        string? token, Func<PendingInvitation, Task<Guid?>> resolveUser, HttpContext? http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resolveUser);
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return (AcceptOutcome.Invalid, null);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await FindAsync(connection, token, forUpdate: true, cancellationToken) is not { } invitation)
        {
            return (AcceptOutcome.Invalid, null);
        }

        if (await resolveUser(invitation) is not { } userId)
        {
            return (AcceptOutcome.Refused, invitation);
        }

        var now = clock.GetUtcNow();
        await using var batch = new NpgsqlBatch(connection);
        var join = new NpgsqlBatchCommand(
            """
            INSERT INTO memberships (id, user_id, organization_id, role, created_at) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (user_id, organization_id) DO NOTHING
            """);
        foreach (var value in (object[])[Guid.CreateVersion7(now), userId, invitation.OrganizationId, EnumText.ToText(invitation.Role), now])
        {
            join.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        var use = new NpgsqlBatchCommand("UPDATE invitations SET accepted_at = $2, accepted_by_user_id = $3 WHERE id = $1");
        foreach (var value in (object[])[invitation.Id, now, userId])
        {
            use.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        batch.BatchCommands.Add(join);
        batch.BatchCommands.Add(use);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        var joined = join.RecordsAffected == 1;
        await transaction.CommitAsync(cancellationToken);

        await audit.RecordAsync(AuditEventKinds.InvitationAccepted, http, cancellationToken,
            actorUserId: userId, organizationId: invitation.OrganizationId,
            detail: new Dictionary<string, string>
            {
                ["invitation"] = invitation.Id.ToString("D"),
                ["role"] = EnumText.ToText(invitation.Role),
                ["joined"] = joined ? "true" : "false",
            });
        return (joined ? AcceptOutcome.Joined : AcceptOutcome.AlreadyMember, invitation);
    }

    private async Task<PendingInvitation?> FindAsync(NpgsqlConnection connection, string token, bool forUpdate, CancellationToken cancellationToken)
    {
        // Found by the hash of the token: a tampered token has another hash, and the table holds no usable link.
        await using var command = new NpgsqlCommand(
            $"""
            SELECT i.id, i.organization_id, o.name, i.email, i.role, i.expires_at
            FROM invitations i JOIN organizations o ON o.id = i.organization_id
            WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > $2
            {(forUpdate ? "FOR UPDATE OF i" : string.Empty)}
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = InvitationService.Hash(token) });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new PendingInvitation(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3),
                EnumText.Parse<MembershipRole>(reader.GetString(4)), reader.GetFieldValue<DateTimeOffset>(5))
            : null;
    }
}
