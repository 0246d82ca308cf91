using KtPortal.Api.Identity.GraphQL;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.OAuth.PersonalTokens.GraphQL;

/// <summary><c>viewer.personalAccessTokens</c>: the caller's own personal API tokens.</summary>
[ExtendObjectType(typeof(ViewerObject))]
public sealed class PersonalAccessTokenQueries
{
    /// <summary>The caller's personal API tokens that are not revoked, newest first; never their secrets.</summary>
    public async Task<IReadOnlyList<PersonalAccessTokenObject>> PersonalAccessTokensAsync(
        [Parent] ViewerObject viewer, IResolverContext context, [Service] PersonalAccessTokenService tokens, CancellationToken cancellationToken)
    {
        var caller = await IdentityReader.GetViewerAsync(context, cancellationToken);
        if (viewer.User is null || caller.UserId is not { } userId)
        {
            return [];
        }

        return [.. (await tokens.ListAsync(userId, cancellationToken)).Select(PersonalAccessTokenObject.From)];
    }
}
