using KtPortal.Domain.Identity;
using KtPortal.GraphQL;

namespace KtPortal.Api.Identity.GraphQL;

/// <summary>A user's role in one organization.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="User">The member.</param>
/// <param name="Role">The member's role there.</param>
[GraphQLName("Membership")]
public sealed record MembershipEntry(OrganizationNode Organization, UserNode User, MembershipRole Role);
