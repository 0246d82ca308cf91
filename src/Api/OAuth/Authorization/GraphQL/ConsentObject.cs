using KtPortal.GraphQL;

namespace KtPortal.Api.OAuth.Authorization.GraphQL;

/// <summary>A third-party app the caller allowed, with the scopes they allowed it.</summary>
/// <param name="ClientId">The app's client id.</param>
/// <param name="ClientName">The app's display name.</param>
/// <param name="Scopes">The scopes allowed; asking for no more than these skips the consent page.</param>
/// <param name="GrantedAt">When the caller last allowed it.</param>
[GraphQLName("Consent")]
public sealed record ConsentObject(string ClientId, string ClientName, IReadOnlyList<string> Scopes, DateTimeOffset GrantedAt);
