using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.AspNetCore.Http;

/// <summary>GraphQL over HTTP (GET and POST), as the GraphQL-over-HTTP specification describes it.</summary>
internal sealed class HttpTransport
{
    public static void AddServices(IServiceCollection services) => services.AddSingleton<HttpTransport>();

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
