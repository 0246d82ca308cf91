namespace KtPortal.Api.OAuth.Sessions;

/// <summary>A session as its user (or an admin) sees it.</summary>
/// <param name="Id">The session (refresh-token family) id.</param>
/// <param name="UserId">Whose session it is.</param>
/// <param name="ClientId">The client signed in to.</param>
/// <param name="ClientName">The client's display name.</param>
/// <param name="CreatedAt">When the user signed in.</param>
/// <param name="LastUsedAt">When its refresh token was last used.</param>
/// <param name="IpAddress">The address it was last used from.</param>
/// <param name="UserAgent">The user agent it was last used from.</param>
public sealed record SessionSummary(
    Guid Id,
    Guid UserId,
    string ClientId,
    string ClientName,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUsedAt,
    string? IpAddress,
    string? UserAgent);
