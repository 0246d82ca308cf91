using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.Identity.GraphQL;

/// <summary>The <c>viewer</c> query.</summary>
[QueryType]
public sealed class ViewerQueries
{
    /// <summary>
    /// The caller: their user, memberships and current organization. Requires an access token, as GitHub's
    /// <c>viewer</c> does: without one the field is null with <c>AUTH_NOT_AUTHENTICATED</c>.
    /// </summary>
    [Authorize]
    public Task<ViewerObject?> ViewerAsync(IResolverContext context, CancellationToken cancellationToken)
        => IdentityReader.ViewerAsync(context, cancellationToken);
}
