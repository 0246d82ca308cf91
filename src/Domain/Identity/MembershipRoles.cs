namespace KtPortal.Domain.Identity;

/// <summary>Which roles each kind of organization has (DESIGN.md §2).</summary>
public static class MembershipRoles
{
    /// <summary>The roles an organization of the given kind can grant.</summary>
    public static IReadOnlyList<MembershipRole> For(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Agency => [MembershipRole.Admin, MembershipRole.Agent, MembershipRole.Billing],
        OrganizationKind.Client => [MembershipRole.Owner, MembershipRole.Admin, MembershipRole.Member],
        OrganizationKind.Partner => [MembershipRole.PartnerAdmin, MembershipRole.PartnerMember],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown organization kind."),
    };

    /// <summary>Whether an organization of the given kind can grant the role.</summary>
    public static bool IsValidFor(MembershipRole role, OrganizationKind kind) => For(kind).Contains(role);
}
