using KtPortal.Api.Identity.GraphQL;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.Identity.Invitations;

/// <summary><c>organization.invitations</c>: the invitations still waiting for an answer.</summary>
[ExtendObjectType(typeof(OrganizationNode))]
internal sealed class OrganizationInvitationQueries
{
    /// <summary>
    /// The organization's pending invitations whose links still work, oldest first, for those who may manage its
    /// members; empty for anyone else.
    /// </summary>
    public async Task<IReadOnlyList<InvitationObject>> InvitationsAsync(
        [Parent] OrganizationNode organization, IResolverContext context, [Service] InvitationService invitations, CancellationToken cancellationToken)
    {
        var caller = await IdentityReader.GetViewerAsync(context, cancellationToken);
        return await invitations.PendingAsync(caller, organization.Id, cancellationToken);
    }
}
