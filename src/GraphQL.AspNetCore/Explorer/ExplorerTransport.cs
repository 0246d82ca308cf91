using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Headers;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KtPortal.GraphQL.AspNetCore.Explorer;

/// <summary>
/// The Banana Cake Pop explorer, served offline: the page at the endpoint path for browsers that ask for HTML,
/// its files below <c>{path}/explorer/</c>, and its preset at <c>{path}/bcp-config.json</c>.
/// </summary>
internal sealed class ExplorerTransport(ExplorerAssets assets)
{
    /// <summary>The segment below the endpoint path that holds the explorer's files.</summary>
    public const string AssetsSegment = "explorer";

    /// <summary>The file name the explorer fetches its preset from, relative to the page.</summary>
    public const string ConfigurationFileName = "bcp-config.json";

    /// <summary>The body of the 404 a browser gets when the package is not installed.</summary>
    public const string NotInstalledMessage =
        "The GraphQL explorer is not installed: run ./portal run to install the explorer.";

    // The page may reach the API itself and nothing else; the browser enforces it even if a setting in the
    // preset were ignored. Monaco needs inline styles, data: fonts and blob: workers; the IDE's JSON-schema
    // validator compiles its validators with eval.
    private const string ContentSecurityPolicy =
        "default-src 'self'; connect-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-eval'; worker-src 'self' blob:; frame-ancestors 'self'; "
        + "base-uri 'self'; form-action 'none'";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private static readonly byte[] ConfigurationJson = JsonSerializer.SerializeToUtf8Bytes(ExplorerConfiguration.Default);

    public static void AddServices(IServiceCollection services)
    {
        services.AddSingleton<ExplorerAssets>();
        services.AddSingleton<ExplorerTransport>();
    }

    /// <summary>
    /// Whether the request is a browser navigating to the endpoint: a GET or HEAD that accepts <c>text/html</c> and
    /// carries no GraphQL parameters (a GraphQL GET always has <c>query</c>, a document id or <c>extensions</c>).
    /// </summary>
    // https://graphql.github.io/graphql-over-http/draft/#sec-GET: a GraphQL GET carries its request in the query
    // string, so a GET with one is GraphQL whatever the browser accepts.
    public static bool Accepts(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        var query = request.Query;
        if (query.ContainsKey("query") || query.ContainsKey("id") || query.ContainsKey("documentId")
            || query.ContainsKey("extensions"))
        {
            return false;
        }

        if (!AcceptsHtml(request.GetTypedHeaders()))
        {
            return false;
        }

        return IsEnabled(context);
    }

    public static void MapAssets(IEndpointRouteBuilder endpoints, string path)
    {
        var prefix = path.TrimEnd('/');
        endpoints.MapMethods($"{prefix}/{ConfigurationFileName}", [HttpMethods.Get, HttpMethods.Head], ServeConfigurationAsync);
        endpoints.MapMethods($"{prefix}/{AssetsSegment}/{{**file}}", [HttpMethods.Get, HttpMethods.Head], ServeAssetAsync);
    }

    public async Task HandleAsync(HttpContext context)
    {
        var files = assets.Files;
        var index = files?.GetFileInfo(ExplorerAssets.IndexFileName);
        if (index is null || !index.Exists)
        {
            await WriteNotInstalledAsync(context);
            return;
        }

        string html;
        using (var reader = new StreamReader(index.CreateReadStream()))
        {
            html = await reader.ReadToEndAsync(context.RequestAborted);
        }

        var request = context.Request;
        var assetsBase = $"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/{AssetsSegment}/";
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        if (!HttpMethods.IsHead(request.Method))
        {
            await response.WriteAsync(ExplorerPage.Render(html, assetsBase), context.RequestAborted);
        }
    }

    private static bool AcceptsHtml(RequestHeaders headers)
    {
        foreach (var mediaType in headers.Accept)
        {
            if (mediaType.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)
                && (mediaType.Quality is null || mediaType.Quality > 0))
            {
                return true;
            }
        }

        return false;
    }

    private static Task ServeConfigurationAsync(HttpContext context)
    {
        if (!IsEnabled(context))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        var response = context.Response;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.ContentLength = ConfigurationJson.Length;
        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : response.Body.WriteAsync(ConfigurationJson, context.RequestAborted).AsTask();
    }

    private static async Task ServeAssetAsync(HttpContext context)
    {
        if (!IsEnabled(context))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var files = context.RequestServices.GetRequiredService<ExplorerAssets>().Files;
        if (files is null)
        {
            await WriteNotInstalledAsync(context);
            return;
        }

        var relative = context.GetRouteValue("file") as string;
        var file = string.IsNullOrEmpty(relative) ? null : files.GetFileInfo(relative);
        if (file is null || !file.Exists || file.IsDirectory)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var response = context.Response;
        response.ContentType = ContentTypes.TryGetContentType(file.Name, out var contentType)
            ? contentType
            : "application/octet-stream";
        response.ContentLength = file.Length;
        response.Headers.XContentTypeOptions = "nosniff";

        // The build names every file under static/ by its content hash, so those never change; the rest do
        // when the package is upgraded.
        response.Headers.CacheControl = relative!.StartsWith("static/", StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "no-cache";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.SendFileAsync(file, context.RequestAborted);
        }
    }

    private static bool IsEnabled(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<GraphQLServerOptions>>().Value.Explorer.Enabled;

    private static Task WriteNotInstalledAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(NotInstalledMessage + "\n", context.RequestAborted);
    }
}
