using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.Identity.GraphQL;

/// <summary>A person who signs in to the portal.</summary>
/// <param name="Id">The user's global ID.</param>
/// <param name="Email">The email address, which is also the sign-in name.</param>
/// <param name="DisplayName">The name shown to others.</param>
[Node]
[GraphQLName("User")]
public sealed record UserNode(Guid Id, string Email, string DisplayName)
{
    /// <summary>A user the caller may see (themselves or a co-member), or null.</summary>
    [NodeResolver]
    public static Task<UserNode?> GetAsync(Guid id, IResolverContext context, CancellationToken cancellationToken)
        => IdentityReader.FindUserAsync(context, id, cancellationToken);
}
