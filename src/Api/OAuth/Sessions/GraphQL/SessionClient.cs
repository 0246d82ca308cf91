using KtPortal.GraphQL;

namespace KtPortal.Api.OAuth.Sessions.GraphQL;

/// <summary>The OAuth client a session is signed in to.</summary>
/// <param name="ClientId">The client's id.</param>
/// <param name="Name">The client's display name.</param>
[GraphQLName("SessionClient")]
public sealed record SessionClient(string ClientId, string Name);
