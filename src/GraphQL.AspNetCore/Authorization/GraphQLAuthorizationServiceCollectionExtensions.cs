using KtPortal.GraphQL.AspNetCore.Authorization;
using KtPortal.GraphQL.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using EngineHandler = KtPortal.GraphQL.Authorization.IAuthorizationHandler;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the ASP.NET Core implementation of the engine's authorization.</summary>
public static class GraphQLAuthorizationServiceCollectionExtensions
{
    /// <summary>
    /// Evaluates <c>[Authorize]</c> rules against the request's <c>ClaimsPrincipal</c> with ASP.NET Core
    /// authorization; policies are registered as usual with <c>AddAuthorization(o =&gt; o.AddPolicy(...))</c>. Also
    /// refuses operations whose token lacks <see cref="GraphQLAuthorizationOptions.OperationScopes"/>.
    /// </summary>
    public static IServiceCollection AddGraphQLAuthorization(this IServiceCollection services, Action<GraphQLAuthorizationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddAuthorization();
        var options = services.AddOptions<GraphQLAuthorizationOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<EngineHandler, ClaimsAuthorizationHandler>();
        services.TryAddSingleton<IOperationAuthorizer, OperationScopeAuthorizer>();
        return services;
    }
}
