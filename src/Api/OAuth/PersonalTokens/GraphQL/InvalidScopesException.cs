namespace KtPortal.Api.OAuth.PersonalTokens.GraphQL;

/// <summary>The scopes asked for are empty or not all API scopes.</summary>
public sealed class InvalidScopesException(string allowed) : Exception($"Scopes must be a non-empty subset of: {allowed}.");
