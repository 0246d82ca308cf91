namespace KtPortal.Api.OAuth.Sessions.GraphQL;

/// <summary>
/// The session does not exist, is already ended, or is not one the caller may revoke. One error for all three, so
/// that a caller learns nothing about another tenant's sessions.
/// </summary>
public sealed class SessionNotFoundException() : Exception("The session does not exist or is not yours to revoke.");
