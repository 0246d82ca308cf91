namespace KtPortal.Api.OAuth.PersonalTokens.GraphQL;

/// <summary>The name or the lifetime of a new token is out of range.</summary>
public sealed class InvalidTokenInputException(string message) : Exception(message);
