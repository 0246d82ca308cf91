using KtPortal.GraphQL;

namespace KtPortal.Api.OAuth.Sessions.GraphQL;

/// <summary>The result of <c>revokeSession</c>.</summary>
/// <param name="SessionId">The revoked session's global ID; null when the revocation failed.</param>
public sealed record RevokeSessionPayload([property: ID("Session")] Guid? SessionId);
