using KtPortal.Domain.Identity;

namespace KtPortal.Api.Identity.Members;

/// <summary>An organization as a caller who manages its members sees it.</summary>
/// <param name="Id">The organization.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Slug">Its handle.</param>
/// <param name="Kind">Agency, client or partner: which roles it has.</param>
/// <param name="Authority">What the caller may do with its members.</param>
internal sealed record ManagedOrganization(Guid Id, string Name, string Slug, OrganizationKind Kind, MemberAuthority Authority)
{
    /// <summary>
    /// The role an organization must always have one holder of, or nobody could manage it any more: a client's OWNER,
    /// the agency's ADMIN, a partner's PARTNER_ADMIN.
    /// </summary>
    public MembershipRole TopRole => Kind switch
    {
        OrganizationKind.Agency => MembershipRole.Admin,
        OrganizationKind.Client => MembershipRole.Owner,
        OrganizationKind.Partner => MembershipRole.PartnerAdmin,
        _ => throw new InvalidOperationException($"Unknown organization kind {Kind}."),
    };

    /// <summary>Whether the caller may manage members at all.</summary>
    public bool MayManage => Authority != MemberAuthority.None;

    /// <summary>
    /// Whether the caller may grant <paramref name="role"/>, or change or remove a member who holds it: a client's
    /// ADMIN cannot make or unmake an OWNER.
    /// </summary>
    public bool MayHandle(MembershipRole role) =>
        Authority == MemberAuthority.Full || (Authority == MemberAuthority.Admin && role != MembershipRole.Owner);
}
