using KtPortal.Api.Identity.GraphQL;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.OAuth.Authorization.GraphQL;

/// <summary><c>viewer.consents</c>: the third-party apps the caller allowed.</summary>
[ExtendObjectType(typeof(ViewerObject))]
internal sealed class ConsentQueries
{
    /// <summary>
    /// The caller's remembered consents, most recent first; empty for a client acting for itself. First-party apps
    /// never ask, so they are not listed. <c>revokeConsent</c> withdraws one.
    /// </summary>
    public async Task<IReadOnlyList<ConsentObject>> ConsentsAsync(
        [Parent] ViewerObject viewer, IResolverContext context, [Service] ConsentStore consents, CancellationToken cancellationToken)
    {
        var caller = await IdentityReader.GetViewerAsync(context, cancellationToken);
        if (viewer.User is null || caller.UserId is not { } userId)
        {
            return [];
        }

        var list = await consents.ListAsync(userId, cancellationToken);
        return [.. list.Select(c => new ConsentObject(c.ClientId, c.ClientName, c.Scopes, c.GrantedAt))];
    }
}
