namespace KtPortal.Api.OAuth.PersonalTokens.GraphQL;

/// <summary>The caller may not make personal API tokens: only staff and partner users may.</summary>
public sealed class NotAllowedException() : Exception("Only staff and partner users may create personal API tokens.");
