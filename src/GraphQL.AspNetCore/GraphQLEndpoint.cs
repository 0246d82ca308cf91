using KtPortal.GraphQL.AspNetCore.Explorer;
using KtPortal.GraphQL.AspNetCore.Http;
using KtPortal.GraphQL.AspNetCore.Persisted;
using KtPortal.GraphQL.AspNetCore.ServerSentEvents;
using KtPortal.GraphQL.AspNetCore.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.AspNetCore;

/// <summary>
/// The one endpoint every transport shares: a WebSocket upgrade goes to graphql-transport-ws, a browser asking
/// for HTML to the explorer, a request for <c>text/event-stream</c> to graphql-sse, everything else to
/// GraphQL over HTTP.
/// </summary>
internal static class GraphQLEndpoint
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddSingleton<OperationRequestFactory>();
        HttpTransport.AddServices(services);
        WebSocketTransport.AddServices(services);
        SseTransport.AddServices(services);
        ExplorerTransport.AddServices(services);
    }

    public static IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints, string path)
    {
        ExplorerTransport.MapAssets(endpoints, path);
        return endpoints.Map(path, HandleAsync);
    }

    private static Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        if (context.WebSockets.IsWebSocketRequest)
        {
            return services.GetRequiredService<WebSocketTransport>().HandleAsync(context);
        }

        // One CORS policy for every plain-HTTP transport; a preflight is answered here.
        if (services.GetRequiredService<HttpCors>().Apply(context))
        {
            return Task.CompletedTask;
        }

        if (ExplorerTransport.Accepts(context))
        {
            return services.GetRequiredService<ExplorerTransport>().HandleAsync(context);
        }

        if (SseTransport.Accepts(context))
        {
            return services.GetRequiredService<SseTransport>().HandleAsync(context);
        }

        return services.GetRequiredService<HttpTransport>().HandleAsync(context);
    }
}
