namespace KtPortal.Api.OAuth.Sessions;

/// <summary>A refresh token's record.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="Generation">How many rotations came before it in its family.</param>
/// <param name="ExpiresAt">When it expires.</param>
/// <param name="UsedAt">When it was exchanged, if it was.</param>
/// <param name="Family">Its family.</param>
/// <param name="FamilyRevoked">Whether the family is revoked.</param>
internal sealed record StoredRefreshToken(Guid Id, int Generation, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt, TokenFamily Family, bool FamilyRevoked);
