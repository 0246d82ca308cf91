namespace KtPortal.Api.OAuth.PersonalTokens.GraphQL;

/// <summary>The result of <c>createPersonalAccessToken</c>.</summary>
/// <param name="Token">The secret: shown this once, never again. Null when the creation failed.</param>
/// <param name="PersonalAccessToken">The token as it will be listed. Null when the creation failed.</param>
public sealed record CreatePersonalAccessTokenPayload(string? Token, PersonalAccessTokenObject? PersonalAccessToken);
