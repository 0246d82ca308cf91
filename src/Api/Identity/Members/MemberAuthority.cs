namespace KtPortal.Api.Identity.Members;

/// <summary>How far a caller may manage one organization's members and invitations.</summary>
internal enum MemberAuthority
{
    /// <summary>Not at all: a plain member, a stranger, staff without the ADMIN role, or a client acting for itself.</summary>
    None,

    /// <summary>A client's ADMIN: every member and role except OWNER, which only an owner (or someone above) touches.</summary>
    Admin,

    /// <summary>
    /// Every member and role: the organization's OWNER (client), ADMIN (agency) or PARTNER_ADMIN (partner), staff ADMIN
    /// for any organization, and a partner's PARTNER_ADMIN for the client organizations it holds.
    /// </summary>
    Full,
}
