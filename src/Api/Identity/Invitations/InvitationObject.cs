using KtPortal.Domain.Identity;
using KtPortal.GraphQL;

namespace KtPortal.Api.Identity.Invitations;

/// <summary>A pending invitation to join an organization, as its admins see it (never with its link).</summary>
/// <param name="Id">The invitation's global ID.</param>
/// <param name="OrganizationId">The organization (an <c>Organization</c> global ID).</param>
/// <param name="Email">The invited address.</param>
/// <param name="Role">The role the invitee gets on accepting.</param>
/// <param name="CreatedAt">When it was sent.</param>
/// <param name="ExpiresAt">When its link stops working.</param>
[GraphQLName("Invitation")]
public sealed record InvitationObject(
    [property: ID] Guid Id,
    [property: ID("Organization")] Guid OrganizationId,
    string Email,
    MembershipRole Role,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt);
