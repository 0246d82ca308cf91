using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.AspNetCore.Explorer;

/// <summary>The Banana Cake Pop explorer, served offline.</summary>
internal sealed class ExplorerTransport
{
    public static void AddServices(IServiceCollection services) => services.AddSingleton<ExplorerTransport>();

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
