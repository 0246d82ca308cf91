namespace KtPortal.GraphQL.Authorization;

/// <summary>
/// Decides whether the caller of a request satisfies an <see cref="AuthorizationRule"/>. The engine knows no
/// users: the host registers one (the ASP.NET Core adapter evaluates roles, scopes and policies against the
/// request's <c>ClaimsPrincipal</c>). Without a registered handler every guarded field fails as
/// <c>AUTH_NOT_AUTHENTICATED</c>, so a missing registration never opens a field.
/// </summary>
public interface IAuthorizationHandler
{
    /// <summary>Checks <paramref name="rule"/> for the field about to be resolved.</summary>
    /// <param name="context">The request state (<see cref="AuthorizationContext.ContextData"/> holds what the transport put there).</param>
    /// <param name="rule">The requirement.</param>
    /// <param name="cancellationToken">The request's token.</param>
    ValueTask<AuthorizeResult> AuthorizeAsync(AuthorizationContext context, AuthorizationRule rule, CancellationToken cancellationToken);
}
