using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.Seed;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.OAuth.PersonalTokens.GraphQL;

/// <summary>Making and revoking personal API tokens.</summary>
[MutationType]
public sealed class PersonalAccessTokenMutations
{
    /// <summary>
    /// Makes a personal API token for the caller's scripts, acting for the caller in their staff or partner
    /// organization with the given API scopes. The secret is in <c>token</c>, shown this once. Client users get
    /// <c>NotAllowedError</c>.
    /// </summary>
    [Authorize]
    [Error<NotAllowedException>]
    [Error<InvalidScopesException>]
    [Error<InvalidTokenInputException>]
    public async Task<CreatePersonalAccessTokenPayload> CreatePersonalAccessTokenAsync(
        string name,
        IReadOnlyList<string> scopes,
        IResolverContext context,
        [Service] PersonalAccessTokenService tokens,
        CancellationToken cancellationToken,
        int expiresInDays = 90)
    {
        var caller = await IdentityReader.GetViewerAsync(context, cancellationToken);
        if (caller.UserId is not { } userId
            || await tokens.AllowedMembershipAsync(userId, caller.CurrentOrganizationId, cancellationToken) is not { } membership)
        {
            throw new NotAllowedException();
        }

        name = name.Trim();
        if (name.Length is < 1 or > 100)
        {
            throw new InvalidTokenInputException("The name must be 1 to 100 characters.");
        }

        if (expiresInDays is < 1 or > PersonalAccessTokenService.MaxExpiresInDays)
        {
            throw new InvalidTokenInputException($"expiresInDays must be 1 to {PersonalAccessTokenService.MaxExpiresInDays}.");
        }

        // A token can grant API scopes only, and never more than the caller's own token holds.
        var allowed = DemoSeed.ApiScopes.Where(caller.Scopes.Contains).ToHashSet(StringComparer.Ordinal);
        var asked = scopes.Distinct(StringComparer.Ordinal).ToList();
        if (asked.Count == 0 || !asked.All(allowed.Contains))
        {
            throw new InvalidScopesException(string.Join(' ', allowed.Order(StringComparer.Ordinal)));
        }

        var (token, secret) = await tokens.CreateAsync(userId, membership.OrganizationId, name, asked, expiresInDays, cancellationToken);
        return new CreatePersonalAccessTokenPayload(secret, PersonalAccessTokenObject.From(token));
    }

    /// <summary>Revokes one of the caller's personal API tokens; it stops working at once.</summary>
    [Authorize]
    [Error<PersonalAccessTokenNotFoundException>]
    public async Task<RevokePersonalAccessTokenPayload> RevokePersonalAccessTokenAsync(
        [ID("PersonalAccessToken")] Guid id, IResolverContext context, [Service] PersonalAccessTokenService tokens, CancellationToken cancellationToken)
    {
        var caller = await IdentityReader.GetViewerAsync(context, cancellationToken);
        return caller.UserId is { } userId && await tokens.RevokeAsync(userId, id, cancellationToken)
            ? new RevokePersonalAccessTokenPayload(id)
            : throw new PersonalAccessTokenNotFoundException();
    }
}
