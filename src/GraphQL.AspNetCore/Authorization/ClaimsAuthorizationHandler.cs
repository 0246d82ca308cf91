using System.Security.Claims;
using KtPortal.GraphQL.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using EngineHandler = KtPortal.GraphQL.Authorization.IAuthorizationHandler;

namespace KtPortal.GraphQL.AspNetCore.Authorization;

/// <summary>
/// Checks the engine's authorization rules against the request's <see cref="ClaimsPrincipal"/>: roles with
/// <see cref="ClaimsPrincipal.IsInRole"/>, scopes as claims of <see cref="GraphQLAuthorizationOptions.ScopeClaimType"/>,
/// and policies with ASP.NET Core's <see cref="IAuthorizationService"/> (the guarded field's
/// <see cref="AuthorizationContext"/> is the resource).
/// </summary>
internal sealed class ClaimsAuthorizationHandler(IAuthorizationService authorization, IOptions<GraphQLAuthorizationOptions> options)
    : EngineHandler
{
    private readonly string _scopeClaimType = options.Value.ScopeClaimType;

    public async ValueTask<AuthorizeResult> AuthorizeAsync(AuthorizationContext context, AuthorizationRule rule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rule);
        var user = GraphQLContextData.GetUser(context.ContextData);
        if (user?.Identity?.IsAuthenticated != true)
        {
            return AuthorizeResult.NotAuthenticated;
        }

        if (rule.Roles.Count > 0 && !rule.Roles.Any(user.IsInRole))
        {
            return AuthorizeResult.NotAuthorized;
        }

        if (rule.Scopes.Count > 0 && !rule.Scopes.All(scope => ScopeClaims.Has(user, _scopeClaimType, scope)))
        {
            return AuthorizeResult.NotAuthorized;
        }

        if (rule.Policy is { } policy && !(await authorization.AuthorizeAsync(user, context, policy).ConfigureAwait(false)).Succeeded)
        {
            return AuthorizeResult.NotAuthorized;
        }

        return AuthorizeResult.Allowed;
    }
}
