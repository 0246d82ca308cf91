using System.Globalization;
using System.Net.Mail;
using KtPortal.Api.Audit;
using KtPortal.Api.Identity.Members;
using KtPortal.Api.Notifications;
using KtPortal.Api.OAuth.Sessions;
using KtPortal.Api.RateLimiting;
using KtPortal.Api.Tenancy;
using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;
using KtPortal.GraphQL.Types;
using Npgsql;

namespace KtPortal.Api.Identity.Invitations;

/// <summary>
/// Sends, lists and revokes invitations. Each runs in a tenant transaction (row-level security as the caller) after
/// the application's own check of the caller's authority over the organization, whose row stays locked until the
/// transaction ends. The link's token is 256 random bits, mailed once through the outbox and stored only as its SHA-256.
/// </summary>
internal sealed class InvitationService(
    NpgsqlDataSource dataSource, TenantDatabase tenants, IMailOutbox outbox, IRateLimitCounter counter, AuditLog audit, TimeProvider clock)
{
    /// <summary>Invitations an organization may send per hour: enough to bring a team in, too few to spam with.</summary>
    public const int PerOrganizationPerHour = 20;

    /// <summary>How long an invitation's link works.</summary>
    public static TimeSpan Lifetime { get; } = TimeSpan.FromDays(7);

    /// <summary>The SHA-256 of a link's token, as stored.</summary>
    public static byte[] Hash(string token) => TokenFamilies.Sha256(token);

    /// <summary>
    /// Invites <paramref name="email"/> to <paramref name="organizationId"/> with <paramref name="role"/> and mails the
    /// link (which starts with <paramref name="baseUrl"/>, the issuer). An earlier pending invitation of the same address
    /// is revoked, so only the newest link works.
    /// </summary>
    public async Task<MutationResult<InvitationObject>> InviteAsync(
        Viewer caller, Guid organizationId, string email, MembershipRole role, string baseUrl, HttpContext? http, CancellationToken cancellationToken)
    {
        email = email.Trim();
        if (!IsEmailAddress(email))
        {
            return new InvalidEmailError();
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await tenants.EnterAsync(connection, caller, cancellationToken);
        var organization = await MemberAuthorities.ReadAsync(connection, caller, organizationId, lockForChange: true, cancellationToken);
        if (organization is not { MayManage: true } || caller.UserId is not { } inviterId)
        {
            return new MemberManagementNotAllowedError();
        }

        if (!MembershipRoles.IsValidFor(role, organization.Kind))
        {
            return new InvalidRoleError(role, organization.Kind);
        }

        if (!organization.MayHandle(role))
        {
            return new MemberManagementNotAllowedError();
        }

        if (await IsMemberAsync(connection, organizationId, email, cancellationToken))
        {
            return new AlreadyMemberError(email);
        }

        // Counted only once the invitation would be sent, so refused attempts do not use the organization's allowance.
        var window = await counter.IncrementAsync("invitations:organization:" + organizationId.ToString("N"), 1, TimeSpan.FromHours(1), cancellationToken);
        if (window.Used > PerOrganizationPerHour)
        {
            return new TooManyInvitationsError(PerOrganizationPerHour);
        }

        var now = clock.GetUtcNow();
        var token = TokenFamilies.NewOpaqueToken();
        var invitation = new InvitationObject(Guid.CreateVersion7(now), organizationId, email, role, now, now + Lifetime);
        await using (var batch = new NpgsqlBatch(connection))
        {
            batch.BatchCommands.Add(Command(
                """
                UPDATE invitations SET revoked_at = $3
                WHERE organization_id = $1 AND lower(email) = lower($2) AND accepted_at IS NULL AND revoked_at IS NULL
                """,
                organizationId, email, now));
            batch.BatchCommands.Add(Command(
                """
                INSERT INTO invitations (id, organization_id, email, role, token_hash, invited_by_user_id, created_at, expires_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                """,
                invitation.Id, organizationId, email, EnumText.ToText(role), Hash(token), inviterId, now, invitation.ExpiresAt));
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        // After the commit: a mail never carries a link whose invitation was rolled back. Should the outbox fail now, the
        // invitation exists without a mail, and inviting again replaces it.
        var link = string.Create(CultureInfo.InvariantCulture, $"{baseUrl}{InvitationEndpoints.Path}?token={token}");
        await outbox.EnqueueAsync(
            email,
            $"You are invited to join {organization.Name} on KtPortal",
            string.Create(CultureInfo.InvariantCulture,
                $"""
                You are invited to join {organization.Name} on KtPortal as {EnumText.ToText(role)}. To accept, open:

                {link}

                The link works once, until {invitation.ExpiresAt:yyyy-MM-dd HH:mm} UTC. If you did not expect this invitation, ignore this mail.
                """),
            cancellationToken);
        await audit.RecordAsync(AuditEventKinds.InvitationSent, http, cancellationToken,
            actorUserId: inviterId, actorClientId: caller.ClientId, organizationId: organizationId,
            detail: new Dictionary<string, string> { ["invitation"] = invitation.Id.ToString("D"), ["role"] = EnumText.ToText(role) });
        return invitation;
    }

    /// <summary>Revokes a pending invitation of an organization the caller manages; its link stops working.</summary>
    public async Task<MutationResult<InvitationObject>> RevokeAsync(Viewer caller, Guid invitationId, HttpContext? http, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await tenants.EnterAsync(connection, caller, cancellationToken);

        // Row-level security hides another tenant's invitation: it is simply not found.
        await using var find = new NpgsqlCommand("SELECT organization_id FROM invitations WHERE id = $1", connection);
        find.Parameters.Add(new NpgsqlParameter { Value = invitationId });
        if (await find.ExecuteScalarAsync(cancellationToken) is not Guid organizationId
            || await MemberAuthorities.ReadAsync(connection, caller, organizationId, lockForChange: true, cancellationToken) is not { MayManage: true } organization)
        {
            return new InvitationNotFoundError();
        }

        await using var revoke = new NpgsqlCommand(
            """
            UPDATE invitations SET revoked_at = $2 WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL
            RETURNING organization_id, email, role, created_at, expires_at
            """,
            connection);
        revoke.Parameters.Add(new NpgsqlParameter { Value = invitationId });
        revoke.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        InvitationObject? revoked = null;
        await using (var reader = await revoke.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                revoked = new InvitationObject(invitationId, reader.GetGuid(0), reader.GetString(1), EnumText.Parse<MembershipRole>(reader.GetString(2)),
                    reader.GetFieldValue<DateTimeOffset>(3), reader.GetFieldValue<DateTimeOffset>(4));
            }
        }

        if (revoked is null)
        {
            return new InvitationNotFoundError();
        }

        if (!organization.MayHandle(revoked.Role))
        {
            return new MemberManagementNotAllowedError();
        }

        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(AuditEventKinds.InvitationRevoked, http, cancellationToken,
            actorUserId: caller.UserId, actorClientId: caller.ClientId, organizationId: organizationId,
            detail: new Dictionary<string, string> { ["invitation"] = invitationId.ToString("D"), ["role"] = EnumText.ToText(revoked.Role) });
        return revoked;
    }

    /// <summary>
    /// The organization's pending, unexpired invitations, oldest first, for a caller who manages its members; empty for
    /// anyone else.
    /// </summary>
    public async Task<IReadOnlyList<InvitationObject>> PendingAsync(Viewer caller, Guid organizationId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await tenants.EnterAsync(connection, caller, cancellationToken);
        if (await MemberAuthorities.ReadAsync(connection, caller, organizationId, lockForChange: false, cancellationToken) is not { MayManage: true })
        {
            return [];
        }

        await using var command = new NpgsqlCommand(
            """
            SELECT id, email, role, created_at, expires_at FROM invitations
            WHERE organization_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $2
            ORDER BY created_at, id
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = organizationId });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        var invitations = new List<InvitationObject>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            invitations.Add(new InvitationObject(reader.GetGuid(0), organizationId, reader.GetString(1), EnumText.Parse<MembershipRole>(reader.GetString(2)),
                reader.GetFieldValue<DateTimeOffset>(3), reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return invitations;
    }

    private static async Task<bool> IsMemberAsync(NpgsqlConnection connection, Guid organizationId, string email, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT EXISTS (SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
                           WHERE m.organization_id = $1 AND u.normalized_email = $2)
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = organizationId });

        // Identity's default normalizer, as FindByEmailAsync uses it.
        command.Parameters.Add(new NpgsqlParameter { Value = email.ToUpperInvariant() });
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    // One address, nothing else: no display name ("Eve <eve@x>"), no list, and the host must have a dot.
    private static bool IsEmailAddress(string email) =>
        email.Length is >= 3 and <= 320
        && MailAddress.TryCreate(email, out var address)
        && address.Address == email
        && address.Host.Contains('.', StringComparison.Ordinal);

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
