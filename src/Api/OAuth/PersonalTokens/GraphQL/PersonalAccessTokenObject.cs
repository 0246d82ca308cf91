using KtPortal.GraphQL;

namespace KtPortal.Api.OAuth.PersonalTokens.GraphQL;

/// <summary>A personal API token as listed to its owner: never the secret.</summary>
/// <param name="Id">The token's global ID.</param>
/// <param name="Name">The name its owner gave it.</param>
/// <param name="Prefix">The token's first characters, to recognise it by.</param>
/// <param name="Scopes">The API scopes it grants.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="LastUsedAt">When it last authenticated a request (kept to the minute).</param>
/// <param name="ExpiresAt">When it stops working.</param>
[GraphQLName("PersonalAccessToken")]
public sealed record PersonalAccessTokenObject(
    [property: ID] Guid Id,
    string Name,
    string Prefix,
    IReadOnlyList<string> Scopes,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset ExpiresAt)
{
    /// <summary>The GraphQL view of <paramref name="token"/>.</summary>
    public static PersonalAccessTokenObject From(PersonalAccessToken token) => new(
        token.Id, token.Name, token.Prefix, token.Scopes, token.CreatedAt, token.LastUsedAt, token.ExpiresAt);
}
