namespace KtPortal.GraphQL.Authorization;

/// <summary>The outcome of checking one <see cref="AuthorizationRule"/>.</summary>
public enum AuthorizeResult
{
    /// <summary>The caller may use the field.</summary>
    Allowed,

    /// <summary>There is no authenticated caller (error code <c>AUTH_NOT_AUTHENTICATED</c>).</summary>
    NotAuthenticated,

    /// <summary>The caller is known but does not satisfy the rule (error code <c>AUTH_NOT_AUTHORIZED</c>).</summary>
    NotAuthorized,
}
