namespace KtPortal.Api.Identity.GraphQL;

/// <summary>A two-factor mutation was called with a token that speaks for no user (client credentials).</summary>
public sealed class UserTokenRequiredException() : Exception("This mutation needs a token issued to a signed-in user.");
