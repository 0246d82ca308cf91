namespace KtPortal.GraphQL.AspNetCore.Authorization;

/// <summary>Who may use <c>__schema</c> and <c>__type</c> (<c>__typename</c> is always allowed).</summary>
public enum IntrospectionAccess
{
    /// <summary>Every caller, anonymous ones included.</summary>
    Everyone,

    /// <summary>Authenticated callers only; an anonymous request fails with <c>INTROSPECTION_NOT_ALLOWED</c>.</summary>
    AuthenticatedOnly,

    /// <summary>Nobody.</summary>
    Nobody,
}
