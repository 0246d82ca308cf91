using KtPortal.Api.Tenancy;
using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;
using Npgsql;

namespace KtPortal.Api.Identity.Members;

/// <summary>Works out, inside a tenant transaction, what a caller may do with an organization's members.</summary>
internal static class MemberAuthorities
{
    /// <summary>
    /// The organization with the caller's authority over it, or null when the caller cannot see it (the application's
    /// check, then row-level security on the transaction's connection). With <paramref name="lockForChange"/> the
    /// organization row is locked (<c>FOR NO KEY UPDATE</c>, which still lets other transactions insert rows that
    /// reference it) until the transaction ends, so that changes to one organization's members happen one at a time
    /// and the last-owner check cannot be raced.
    /// </summary>
    public static async Task<ManagedOrganization?> ReadAsync(
        NpgsqlConnection connection, Viewer caller, Guid organizationId, bool lockForChange, CancellationToken cancellationToken)
    {
        if (!caller.CanSee(organizationId))
        {
            return null;
        }

        await using var command = new NpgsqlCommand(
            $"""
            SELECT o.name, o.slug, o.kind,
                (SELECT m.role FROM memberships m WHERE m.organization_id = o.id AND m.user_id = $2),
                EXISTS (SELECT 1 FROM memberships m JOIN organizations agency ON agency.id = m.organization_id
                        WHERE m.user_id = $2 AND agency.kind = 'AGENCY' AND m.role = 'ADMIN'),
                EXISTS (SELECT 1 FROM memberships m
                        WHERE m.user_id = $2 AND m.organization_id = o.parent_organization_id AND m.role = 'PARTNER_ADMIN')
            FROM organizations o WHERE o.id = $1
            {(lockForChange ? "FOR NO KEY UPDATE OF o" : string.Empty)}
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = organizationId });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)caller.UserId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var kind = EnumText.Parse<OrganizationKind>(reader.GetString(2));
        MembershipRole? ownRole = reader.IsDBNull(3) ? null : EnumText.Parse<MembershipRole>(reader.GetString(3));
        var authority = caller.UserId is null
            ? MemberAuthority.None
            : reader.GetBoolean(4) || reader.GetBoolean(5)
                ? MemberAuthority.Full
                : AuthorityOf(kind, ownRole);
        return new ManagedOrganization(organizationId, reader.GetString(0), reader.GetString(1), kind, authority);
    }

    private static MemberAuthority AuthorityOf(OrganizationKind kind, MembershipRole? role) => (kind, role) switch
    {
        (OrganizationKind.Client, MembershipRole.Owner) => MemberAuthority.Full,
        (OrganizationKind.Client, MembershipRole.Admin) => MemberAuthority.Admin,
        (OrganizationKind.Agency, MembershipRole.Admin) => MemberAuthority.Full,
        (OrganizationKind.Partner, MembershipRole.PartnerAdmin) => MemberAuthority.Full,
        _ => MemberAuthority.None,
    };
}
