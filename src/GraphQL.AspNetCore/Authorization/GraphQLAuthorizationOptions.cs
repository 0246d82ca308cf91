using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.AspNetCore.Authorization;

/// <summary>How <c>[Authorize(Scopes = ...)]</c> reads the caller's scopes, and the scopes each kind of operation needs.</summary>
public sealed class GraphQLAuthorizationOptions
{
    /// <summary>The claim type that holds scopes; <c>scope</c> by default (RFC 9068 §2.2.3).</summary>
    public string ScopeClaimType { get; set; } = "scope";

    /// <summary>
    /// Scopes an authenticated caller's token must all carry to run an operation of each kind, whatever fields it
    /// selects (for example <c>api:read</c> for queries and subscriptions, <c>api:write</c> for mutations). An
    /// operation without them is refused before it runs with one <c>AUTH_NOT_AUTHORIZED</c> request error naming the
    /// missing scopes (403 with <c>application/graphql-response+json</c>). Anonymous callers are not affected: the
    /// field rules decide what they may do. Empty by default.
    /// </summary>
    public IDictionary<OperationType, string[]> OperationScopes { get; } = new Dictionary<OperationType, string[]>();
}
