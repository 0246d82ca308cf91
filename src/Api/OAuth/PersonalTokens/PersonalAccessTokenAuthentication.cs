namespace KtPortal.Api.OAuth.PersonalTokens;

/// <summary>Who an active personal API token speaks for.</summary>
/// <param name="TokenId">The token's id.</param>
/// <param name="UserId">Its owner.</param>
/// <param name="OrganizationId">The organization it acts for.</param>
/// <param name="Role">The owner's role there.</param>
/// <param name="Scopes">The scopes it grants.</param>
/// <param name="ExpiresAt">When it stops working.</param>
public sealed record PersonalAccessTokenAuthentication(
    Guid TokenId, Guid UserId, Guid OrganizationId, string Role, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt);
