using KtPortal.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Routing;

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
}
