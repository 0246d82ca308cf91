using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.AspNetCore.WebSockets;

/// <summary>The graphql-transport-ws WebSocket protocol.</summary>
internal sealed class WebSocketTransport
{
    public static void AddServices(IServiceCollection services) => services.AddSingleton<WebSocketTransport>();

    public static bool Accepts(HttpContext context) => false;

    public static void MapAssets(IEndpointRouteBuilder endpoints, string path)
    {
    }

    public Task HandleAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status501NotImplemented;
        return Task.CompletedTask;
    }
}
