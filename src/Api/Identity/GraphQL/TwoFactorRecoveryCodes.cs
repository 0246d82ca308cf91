using KtPortal.GraphQL;

namespace KtPortal.Api.Identity.GraphQL;

/// <summary>Fresh one-time recovery codes, shown this once and stored only hashed.</summary>
/// <param name="Codes">The codes; any earlier ones no longer work.</param>
[GraphQLName("TwoFactorRecoveryCodes")]
public sealed record TwoFactorRecoveryCodes(IReadOnlyList<string> Codes);
