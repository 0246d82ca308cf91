namespace KtPortal.Api.OAuth.Authorization.GraphQL;

/// <summary>The result of <c>revokeConsent</c>.</summary>
/// <param name="ClientId">The app whose consent was withdrawn; null when nothing was.</param>
/// <param name="RevokedSessions">How many of the caller's sessions at the app were ended with it.</param>
public sealed record RevokeConsentPayload(string? ClientId, int? RevokedSessions);
