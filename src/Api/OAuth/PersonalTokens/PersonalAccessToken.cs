namespace KtPortal.Api.OAuth.PersonalTokens;

/// <summary>A personal API token as its owner sees it: never the secret.</summary>
/// <param name="Id">The token's id.</param>
/// <param name="Name">The name its owner gave it.</param>
/// <param name="Prefix">The token's first characters, to recognise it by.</param>
/// <param name="Scopes">The API scopes it grants.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="LastUsedAt">When it last authenticated a request (updated at most once a minute).</param>
/// <param name="ExpiresAt">When it stops working.</param>
public sealed record PersonalAccessToken(
    Guid Id,
    string Name,
    string Prefix,
    IReadOnlyList<string> Scopes,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset ExpiresAt);
