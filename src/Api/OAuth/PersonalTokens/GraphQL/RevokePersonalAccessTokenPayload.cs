using KtPortal.GraphQL;

namespace KtPortal.Api.OAuth.PersonalTokens.GraphQL;

/// <summary>The result of <c>revokePersonalAccessToken</c>.</summary>
/// <param name="PersonalAccessTokenId">The revoked token's global ID; null when the revocation failed.</param>
public sealed record RevokePersonalAccessTokenPayload([property: ID("PersonalAccessToken")] Guid? PersonalAccessTokenId);
