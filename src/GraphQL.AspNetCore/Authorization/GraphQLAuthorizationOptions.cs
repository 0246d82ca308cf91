namespace KtPortal.GraphQL.AspNetCore.Authorization;

/// <summary>How <c>[Authorize(Scopes = ...)]</c> reads the caller's scopes.</summary>
public sealed class GraphQLAuthorizationOptions
{
    /// <summary>The claim type that holds scopes; <c>scope</c> by default (RFC 9068 §2.2.3).</summary>
    public string ScopeClaimType { get; set; } = "scope";
}
