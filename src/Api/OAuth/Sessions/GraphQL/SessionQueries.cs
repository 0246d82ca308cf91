using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.OAuth.Tokens;
using KtPortal.GraphQL;
using KtPortal.GraphQL.AspNetCore.Authorization;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.OAuth.Sessions.GraphQL;

/// <summary><c>viewer.sessions</c>: the caller's own signed-in sessions.</summary>
[ExtendObjectType(typeof(ViewerObject))]
public sealed class SessionQueries
{
    /// <summary>
    /// The caller's active sessions, most recently used first; empty for a client acting for itself. The session the
    /// caller's token came from is marked <c>current</c>.
    /// </summary>
    public async Task<IReadOnlyList<SessionObject>> SessionsAsync(
        [Parent] ViewerObject viewer, IResolverContext context, [Service] SessionService sessions, CancellationToken cancellationToken)
    {
        if (viewer.User is null)
        {
            return [];
        }

        var caller = await IdentityReader.GetViewerAsync(context, cancellationToken);
        if (caller.UserId is not { } userId)
        {
            return [];
        }

        var tokenId = GraphQLContextData.GetUser(context.ContextData)?.FindFirst(AccessTokenClaims.TokenId)?.Value;
        var current = await sessions.SessionOfAccessTokenAsync(tokenId, cancellationToken);
        var list = await sessions.ListAsync(userId, cancellationToken);
        return [.. list.Select(s => SessionObject.From(s, current))];
    }
}
