using KtPortal.GraphQL;

namespace KtPortal.Api.Identity.GraphQL;

/// <summary>Whether the user's sign-in asks for a second factor.</summary>
/// <param name="Enabled">True when it does.</param>
[GraphQLName("TwoFactorStatus")]
public sealed record TwoFactorStatus(bool Enabled);
