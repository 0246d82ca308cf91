using KtPortal.Api.OAuth;
using KtPortal.GraphQL.AspNetCore;
using KtPortal.GraphQL.AspNetCore.Authorization;
using KtPortal.GraphQL.AspNetCore.ServerSentEvents;
using KtPortal.GraphQL.AspNetCore.WebSockets;
using KtPortal.GraphQL.Language;
using Microsoft.AspNetCore.Authentication;

namespace KtPortal.Api.GraphQL;

/// <summary>Who the caller of <c>/graphql</c> is, and what an anonymous one may do.</summary>
public static class GraphQLAuthentication
{
    /// <summary>The GraphQL endpoint's path.</summary>
    public const string Path = "/graphql";

    /// <summary>
    /// Evaluates <c>[Authorize]</c> against the request's principal, asks a token for <c>api:read</c> to run queries and
    /// subscriptions and for <c>api:write</c> to run mutations, authenticates WebSocket connections from
    /// <c>connection_init</c>, and lets anonymous callers introspect in Development only (unless
    /// <c>GraphQL:Introspection</c> says otherwise).
    /// </summary>
    public static IServiceCollection AddPortalGraphQLAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // A token reads the API with api:read and changes it with api:write, whatever the fields (RFC 6749 §3.3).
        services.AddGraphQLAuthorization(options =>
        {
            options.OperationScopes[OperationType.Query] = [ApiScopes.Read];
            options.OperationScopes[OperationType.Subscription] = [ApiScopes.Read];
            options.OperationScopes[OperationType.Mutation] = [ApiScopes.Write];
        });
        services.AddSingleton<BearerConnectionInterceptor>();
        services.AddSingleton<BearerStreamCredentials>();
        services.AddSingleton<IEventStreamCredentials>(provider => provider.GetRequiredService<BearerStreamCredentials>());
        if (environment.IsEnvironment("Testing"))
        {
            // Lets the conformance suite provoke close code 4500 on the running API (see the type).
            services.AddSingleton<IWebSocketConnectionInterceptor, FaultInjectingConnectionInterceptor>();
        }
        else
        {
            services.AddSingleton<IWebSocketConnectionInterceptor>(provider => provider.GetRequiredService<BearerConnectionInterceptor>());
        }

        if (configuration[$"{GraphQLServerOptions.SectionName}:Introspection"] is null)
        {
            services.Configure<GraphQLServerOptions>(options => options.Introspection = environment.IsDevelopment()
                ? IntrospectionAccess.Everyone
                : IntrospectionAccess.AuthenticatedOnly);
        }

        return services;
    }

    /// <summary>
    /// Answers a request to <c>/graphql</c> whose <c>Authorization</c> header holds a token we refuse with 401 and
    /// <c>WWW-Authenticate: Bearer error="invalid_token"</c> (RFC 6750 §3.1), before any transport runs, rather than
    /// treating it as anonymous: a client with an expired token learns it at once. WebSocket upgrades included.
    /// https://www.rfc-editor.org/rfc/rfc6750#section-3.1
    /// </summary>
    public static IApplicationBuilder UsePortalGraphQLAuthentication(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        return app.Use(async (context, next) =>
        {
            // The handler keeps its result for the request, so this does not validate the token twice.
            if (context.Request.Path.StartsWithSegments(Path)
                && (await context.AuthenticateAsync(BearerAuthenticationHandler.SchemeName)).Failure is not null)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Bearer realm=\"ktportal\", error=\"invalid_token\"";
                return;
            }

            await next(context);
        });
    }
}
