using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.Identity.Members;
using KtPortal.Api.OAuth;
using KtPortal.Domain.Identity;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Identity.Invitations;

/// <summary>Inviting people into an organization, and withdrawing an invitation.</summary>
[MutationType]
internal sealed class InvitationMutations
{
    /// <summary>
    /// Invites <c>email</c> to the organization with <c>role</c>, which must be a role of the organization's kind, and
    /// mails them a link that works once for seven days. For the organization's OWNER or ADMIN (only an owner may invite
    /// an OWNER), a partner's PARTNER_ADMIN for its client organizations, and staff ADMIN. Inviting an address again
    /// replaces its earlier invitation. At most 20 invitations per organization an hour.
    /// </summary>
    [Authorize(Scopes = [ApiScopes.Write])]
    [UseMutationConvention(PayloadFieldName = "invitation")]
    [Error<MemberManagementNotAllowedError>]
    [Error<InvalidRoleError>]
    [Error<InvalidEmailError>]
    [Error<AlreadyMemberError>]
    [Error<TooManyInvitationsError>]
    public async Task<MutationResult<InvitationObject>> InviteMemberAsync(
        [ID("Organization")] Guid organizationId,
        string email,
        MembershipRole role,
        IResolverContext context,
        [Service] InvitationService invitations,
        [Service] OAuthIssuer issuer,
        CancellationToken cancellationToken)
    {
        var caller = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var http = context.Services.GetRequiredService<IHttpContextAccessor>().HttpContext!;
        return await invitations.InviteAsync(caller, organizationId, email, role, issuer.Resolve(http.Request), http, cancellationToken);
    }

    /// <summary>Withdraws a pending invitation: its link stops working at once.</summary>
    [Authorize(Scopes = [ApiScopes.Write])]
    [UseMutationConvention(PayloadFieldName = "invitation")]
    [Error<InvitationNotFoundError>]
    [Error<MemberManagementNotAllowedError>]
    public async Task<MutationResult<InvitationObject>> RevokeInvitationAsync(
        [ID("Invitation")] Guid invitationId, IResolverContext context, [Service] InvitationService invitations, CancellationToken cancellationToken)
    {
        var caller = await IdentityReader.GetViewerAsync(context, cancellationToken);
        return await invitations.RevokeAsync(caller, invitationId, context.Services.GetService<IHttpContextAccessor>()?.HttpContext, cancellationToken);
    }
}
