using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.OAuth;
using KtPortal.Domain.Identity;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Identity.Members;

/// <summary>Changing a member's role and removing a member.</summary>
[MutationType]
internal sealed class MemberMutations
{
    /// <summary>
    /// Gives a member another role of the organization's kind. For those who may invite (only an owner may make or
    /// unmake an OWNER). The organization's last OWNER (the agency's last ADMIN, a partner's last PARTNER_ADMIN) cannot
    /// be demoted: <c>LastOwnerError</c>.
    /// </summary>
    [Authorize(Scopes = [ApiScopes.Write])]
    [UseMutationConvention(PayloadFieldName = "membership")]
    [Error<MemberManagementNotAllowedError>]
    [Error<InvalidRoleError>]
    [Error<MemberNotFoundError>]
    [Error<LastOwnerError>]
    public async Task<MutationResult<MembershipEntry>> ChangeMemberRoleAsync(
        [ID("Organization")] Guid organizationId,
        [ID("User")] Guid userId,
        MembershipRole role,
        IResolverContext context,
        [Service] MemberService members,
        CancellationToken cancellationToken)
    {
        var caller = await IdentityReader.GetViewerAsync(context, cancellationToken);
        return await members.ChangeRoleAsync(caller, organizationId, userId, role, context.Services.GetService<IHttpContextAccessor>()?.HttpContext, cancellationToken);
    }

    /// <summary>
    /// Removes a member from the organization; their tokens stop seeing it at once (a caller's organizations are read at
    /// each request).
    /// The organization's last OWNER cannot be removed: <c>LastOwnerError</c>.
    /// </summary>
    [Authorize(Scopes = [ApiScopes.Write])]
    [Error<MemberManagementNotAllowedError>]
    [Error<MemberNotFoundError>]
    [Error<LastOwnerError>]
    public async Task<MutationResult<RemoveMemberPayload>> RemoveMemberAsync(
        [ID("Organization")] Guid organizationId, [ID("User")] Guid userId, IResolverContext context, [Service] MemberService members, CancellationToken cancellationToken)
    {
        var caller = await IdentityReader.GetViewerAsync(context, cancellationToken);
        return await members.RemoveAsync(caller, organizationId, userId, context.Services.GetService<IHttpContextAccessor>()?.HttpContext, cancellationToken);
    }
}
