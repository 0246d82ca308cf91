using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Identity.Members;

/// <summary>
/// The caller may not manage this organization's members (or this role in it), or the organization is not one the
/// caller can see: one error for both, so that nothing is learnt about other tenants.
/// </summary>
public sealed record MemberManagementNotAllowedError()
    : MutationError("You may not manage these members or this role, or the organization does not exist.");
