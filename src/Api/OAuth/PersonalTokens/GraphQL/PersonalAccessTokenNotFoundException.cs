namespace KtPortal.Api.OAuth.PersonalTokens.GraphQL;

/// <summary>The token does not exist, is already revoked, or is not the caller's.</summary>
public sealed class PersonalAccessTokenNotFoundException() : Exception("The personal API token does not exist or is not yours.");
