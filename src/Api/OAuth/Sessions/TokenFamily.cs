namespace KtPortal.Api.OAuth.Sessions;

/// <summary>A refresh-token family: one sign-in at one client, the unit a user sees as a session.</summary>
/// <param name="Id">The family's id.</param>
/// <param name="UserId">The user signed in.</param>
/// <param name="ClientId">The client signed in to.</param>
/// <param name="Scope">The granted scopes, space-separated.</param>
/// <param name="AuthTime">When the user authenticated (OIDC <c>auth_time</c>).</param>
/// <param name="Amr">How the user authenticated (RFC 8176: <c>pwd</c>, <c>otp</c>).</param>
/// <param name="CreatedAt">When the session began.</param>
/// <param name="ExpiresAt">When its last refresh token expires.</param>
/// <param name="IpAddress">The address the session was last used from.</param>
/// <param name="UserAgent">The user agent it was last used from.</param>
internal sealed record TokenFamily(
    Guid Id,
    Guid UserId,
    string ClientId,
    string Scope,
    DateTimeOffset AuthTime,
    IReadOnlyList<string> Amr,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    string? IpAddress,
    string? UserAgent);
