using KtPortal.Api.Identity.GraphQL;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.OAuth.Sessions.GraphQL;

/// <summary><c>organizationSessions</c>: an organization admin's view of its members' sessions.</summary>
[QueryType]
public sealed class OrganizationSessionQueries
{
    /// <summary>
    /// The active sessions of every member of the organization, most recently used first, for its ADMIN, OWNER or
    /// PARTNER_ADMIN; empty for anyone else, so that the answer says nothing about another tenant. Any of them can
    /// be ended with <c>revokeSession</c>.
    /// </summary>
    [Authorize]
    public async Task<IReadOnlyList<SessionObject>> OrganizationSessionsAsync(
        [ID("Organization")] Guid organizationId, IResolverContext context, [Service] SessionService sessions, CancellationToken cancellationToken)
    {
        var caller = await IdentityReader.GetViewerAsync(context, cancellationToken);
        if (caller.UserId is not { } userId)
        {
            return [];
        }

        var list = await sessions.ListForOrganizationAsync(userId, organizationId, cancellationToken);
        return [.. list.Select(s => SessionObject.From(s, currentSessionId: null))];
    }
}
