using KtPortal.GraphQL.AspNetCore;
using KtPortal.GraphQL.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the GraphQL endpoint: HTTP, WebSocket, server-sent events and the explorer on one path.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves the registered <see cref="KtPortal.GraphQL.Execution.IRequestExecutor"/> at <paramref name="path"/>:
    /// GraphQL over HTTP (GET and POST), the graphql-transport-ws WebSocket protocol, graphql-sse, and the
    /// explorer for browsers that ask for HTML.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(path);
        return GraphQLEndpoint.Map(endpoints, path);
    }

    /// <summary>
    /// Applies the GraphQL endpoint's CORS policy (<c>GraphQL:Http:Cors</c>) to every request to <paramref name="path"/>
    /// before the middleware that follows, and answers preflights there. Without it the endpoint applies the policy
    /// itself, but a response written earlier in the pipeline (a 401 for a refused token, a 429 for a rate limit)
    /// would lack the headers, and a browser would hide its status from the frontend behind a network error.
    /// Put it before such middleware.
    /// </summary>
    public static IApplicationBuilder UseGraphQLCors(this IApplicationBuilder app, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var cors = app.ApplicationServices.GetRequiredService<HttpCors>();
        return app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(path) && !context.WebSockets.IsWebSocketRequest && cors.Apply(context))
            {
                return Task.CompletedTask;
            }

            return next(context);
        });
    }
}
