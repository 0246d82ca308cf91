using KtPortal.GraphQL;

namespace KtPortal.Api.Identity.PasswordChange;

/// <summary>The caller's password was changed.</summary>
/// <param name="OtherSessionsRevoked">How many of the caller's other sessions were ended (the one whose token made the change stays).</param>
[GraphQLName("PasswordChanged")]
public sealed record PasswordChanged(int OtherSessionsRevoked);
