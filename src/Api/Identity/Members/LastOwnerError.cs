using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;
using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Identity.Members;

/// <summary>
/// The change would leave the organization without a holder of its top role (a client's OWNER, the agency's ADMIN, a
/// partner's PARTNER_ADMIN), and so without anyone who can manage it.
/// </summary>
/// <param name="Role">The role that must keep a holder.</param>
public sealed record LastOwnerError(MembershipRole Role)
    : MutationError($"This is the organization's last {EnumText.ToText(Role)}: make another member {EnumText.ToText(Role)} first.");
