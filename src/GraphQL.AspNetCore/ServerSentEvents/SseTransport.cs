using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.AspNetCore.ServerSentEvents;

/// <summary>graphql-sse in distinct-connections mode.</summary>
internal sealed class SseTransport
{
    public static void AddServices(IServiceCollection services) => services.AddSingleton<SseTransport>();

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
