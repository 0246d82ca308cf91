using KtPortal.Api.Audit;
using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.Tenancy;
using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;
using KtPortal.GraphQL.Types;
using Npgsql;

namespace KtPortal.Api.Identity.Members;

/// <summary>
/// Changes members' roles and removes members, in a tenant transaction that holds the organization's row locked, so
/// that two admins demoting the last two owners at once cannot both succeed.
/// </summary>
internal sealed class MemberService(NpgsqlDataSource dataSource, TenantDatabase tenants, AuditLog audit)
{
    /// <summary>Gives the member <paramref name="userId"/> of <paramref name="organizationId"/> the role <paramref name="role"/>.</summary>
    public async Task<MutationResult<MembershipEntry>> ChangeRoleAsync(
        Viewer caller, Guid organizationId, Guid userId, MembershipRole role, HttpContext? http, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await tenants.EnterAsync(connection, caller, cancellationToken);
        var organization = await MemberAuthorities.ReadAsync(connection, caller, organizationId, lockForChange: true, cancellationToken);
        if (organization is not { MayManage: true })
        {
            return new MemberManagementNotAllowedError();
        }

        if (!MembershipRoles.IsValidFor(role, organization.Kind))
        {
            return new InvalidRoleError(role, organization.Kind);
        }

        if (await FindMemberAsync(connection, organizationId, userId, cancellationToken) is not { } member)
        {
            return new MemberNotFoundError();
        }

        if (!organization.MayHandle(member.Role) || !organization.MayHandle(role))
        {
            return new MemberManagementNotAllowedError();
        }

        var entry = new MembershipEntry(
            new OrganizationNode(organization.Id, organization.Name, organization.Slug, organization.Kind), member.User, role);
        if (member.Role == role)
        {
            return entry;
        }

        if (member.Role == organization.TopRole && await CountAsync(connection, organizationId, member.Role, cancellationToken) == 1)
        {
            return new LastOwnerError(member.Role);
        }

        await ExecuteAsync(connection, "UPDATE memberships SET role = $3 WHERE organization_id = $1 AND user_id = $2", cancellationToken,
            organizationId, userId, EnumText.ToText(role));
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(AuditEventKinds.RoleChanged, http, cancellationToken,
            actorUserId: caller.UserId, actorClientId: caller.ClientId, organizationId: organizationId,
            detail: new Dictionary<string, string>
            {
                ["user"] = userId.ToString("D"),
                ["from"] = EnumText.ToText(member.Role),
                ["to"] = EnumText.ToText(role),
            });
        return entry;
    }

    /// <summary>Removes the member <paramref name="userId"/> from <paramref name="organizationId"/>.</summary>
    public async Task<MutationResult<RemoveMemberPayload>> RemoveAsync(
        Viewer caller, Guid organizationId, Guid userId, HttpContext? http, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await tenants.EnterAsync(connection, caller, cancellationToken);
        var organization = await MemberAuthorities.ReadAsync(connection, caller, organizationId, lockForChange: true, cancellationToken);
        if (organization is not { MayManage: true })
        {
            return new MemberManagementNotAllowedError();
        }

        if (await FindMemberAsync(connection, organizationId, userId, cancellationToken) is not { } member)
        {
            return new MemberNotFoundError();
        }

        if (!organization.MayHandle(member.Role))
        {
            return new MemberManagementNotAllowedError();
        }

        if (member.Role == organization.TopRole && await CountAsync(connection, organizationId, member.Role, cancellationToken) == 1)
        {
            return new LastOwnerError(member.Role);
        }

        await ExecuteAsync(connection, "DELETE FROM memberships WHERE organization_id = $1 AND user_id = $2", cancellationToken, organizationId, userId);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(AuditEventKinds.MemberRemoved, http, cancellationToken,
            actorUserId: caller.UserId, actorClientId: caller.ClientId, organizationId: organizationId,
            detail: new Dictionary<string, string> { ["user"] = userId.ToString("D"), ["role"] = EnumText.ToText(member.Role) });
        return new RemoveMemberPayload(userId);
    }

    private static async Task<(MembershipRole Role, UserNode User)?> FindMemberAsync(
        NpgsqlConnection connection, Guid organizationId, Guid userId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT m.role, u.email, u.display_name FROM memberships m JOIN users u ON u.id = m.user_id
            WHERE m.organization_id = $1 AND m.user_id = $2
            FOR UPDATE OF m
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = organizationId });
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (EnumText.Parse<MembershipRole>(reader.GetString(0)), new UserNode(userId, reader.GetString(1), reader.GetString(2)))
            : null;
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, Guid organizationId, MembershipRole role, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT count(*) FROM memberships WHERE organization_id = $1 AND role = $2", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = organizationId });
        command.Parameters.Add(new NpgsqlParameter { Value = EnumText.ToText(role) });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
