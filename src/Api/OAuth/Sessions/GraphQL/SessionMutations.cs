using KtPortal.Api.Identity.GraphQL;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.OAuth.Sessions.GraphQL;

/// <summary>Ending sessions over GraphQL.</summary>
[MutationType]
public sealed class SessionMutations
{
    /// <summary>
    /// Ends a session: one of the caller's own, or one of a member of an organization the caller administers (ADMIN,
    /// OWNER or PARTNER_ADMIN). Its refresh and access tokens stop working at once. Any other session, an unknown one
    /// and an already ended one are all <c>SessionNotFoundError</c>.
    /// </summary>
    [Authorize]
    [Error<SessionNotFoundException>]
    public async Task<RevokeSessionPayload> RevokeSessionAsync(
        [ID("Session")] Guid sessionId, IResolverContext context, [Service] SessionService sessions, CancellationToken cancellationToken)
    {
        var caller = await IdentityReader.GetViewerAsync(context, cancellationToken);
        if (caller.UserId is not { } userId)
        {
            throw new SessionNotFoundException();
        }

        // Each revocation checks and revokes in one statement, so concurrent calls revoke once and the rest fail.
        var revoked = await sessions.RevokeOwnAsync(userId, sessionId, cancellationToken)
            || await sessions.RevokeAsAdminAsync(userId, sessionId, cancellationToken);
        return revoked ? new RevokeSessionPayload(sessionId) : throw new SessionNotFoundException();
    }
}
