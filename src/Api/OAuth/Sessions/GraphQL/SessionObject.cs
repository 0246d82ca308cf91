using KtPortal.GraphQL;

namespace KtPortal.Api.OAuth.Sessions.GraphQL;

/// <summary>A signed-in session (refresh-token family) as its user sees it over GraphQL.</summary>
/// <param name="Id">The session's global ID.</param>
/// <param name="UserId">Whose session it is (a <c>User</c> global ID).</param>
/// <param name="Client">The client signed in to.</param>
/// <param name="CreatedAt">When the user signed in.</param>
/// <param name="LastUsedAt">When its refresh token was last used.</param>
/// <param name="IpAddress">The address it was last used from.</param>
/// <param name="UserAgent">The user agent it was last used from.</param>
/// <param name="Current">Whether the caller's access token was issued from this session.</param>
[GraphQLName("Session")]
public sealed record SessionObject(
    [property: ID] Guid Id,
    [property: ID("User")] Guid UserId,
    SessionClient Client,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUsedAt,
    string? IpAddress,
    string? UserAgent,
    bool Current)
{
    /// <summary>The GraphQL view of <paramref name="summary"/>.</summary>
    public static SessionObject From(SessionSummary summary, Guid? currentSessionId) => new(
        summary.Id,
        summary.UserId,
        new SessionClient(summary.ClientId, summary.ClientName),
        summary.CreatedAt,
        summary.LastUsedAt,
        summary.IpAddress,
        summary.UserAgent,
        summary.Id == currentSessionId);
}
