namespace KtPortal.Domain.Identity;

/// <summary>
/// A role in one organization. Staff roles belong to the agency, client roles to clients, partner roles to
/// partners; <see cref="MembershipRoles.IsValidFor"/> says which is which. <see cref="Admin"/> exists in both
/// the agency and clients, with a meaning that depends on the organization.
/// </summary>
public enum MembershipRole
{
    /// <summary>Agency staff with full control, or a client's administrator.</summary>
    Admin,

    /// <summary>Agency staff who work tickets.</summary>
    Agent,

    /// <summary>Agency staff who handle invoices and payments.</summary>
    Billing,

    /// <summary>The owner of a client organization.</summary>
    Owner,

    /// <summary>A member of a client organization.</summary>
    Member,

    /// <summary>The administrator of a partner organization.</summary>
    PartnerAdmin,

    /// <summary>A member of a partner organization.</summary>
    PartnerMember,
}
