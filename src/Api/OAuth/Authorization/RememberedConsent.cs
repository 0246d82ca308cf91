namespace KtPortal.Api.OAuth.Authorization;

/// <summary>Scopes a user allowed a third-party client, remembered so that its consent page is not shown again.</summary>
/// <param name="ClientId">The client.</param>
/// <param name="ClientName">The client's display name.</param>
/// <param name="Scopes">The scopes allowed.</param>
/// <param name="GrantedAt">When the user last allowed it.</param>
internal sealed record RememberedConsent(string ClientId, string ClientName, IReadOnlyList<string> Scopes, DateTimeOffset GrantedAt);
