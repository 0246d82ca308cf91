using KtPortal.Domain.Identity;

namespace KtPortal.Api.Identity.Invitations;

/// <summary>An invitation whose link still works, as the accept page shows it.</summary>
/// <param name="Id">The invitation.</param>
/// <param name="OrganizationId">The organization it invites to.</param>
/// <param name="OrganizationName">That organization's name.</param>
/// <param name="Email">The invited address: the account that accepts must have it.</param>
/// <param name="Role">The role accepting grants.</param>
/// <param name="ExpiresAt">When the link stops working.</param>
internal sealed record PendingInvitation(Guid Id, Guid OrganizationId, string OrganizationName, string Email, MembershipRole Role, DateTimeOffset ExpiresAt);
