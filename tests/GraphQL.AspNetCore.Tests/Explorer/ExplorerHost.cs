using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.AspNetCore.Tests.Explorer;

/// <summary>
/// A test server with the GraphQL endpoint and a stand-in explorer package in a folder of its own, so the tests
/// do not depend on the npm package being installed.
/// </summary>
internal sealed class ExplorerHost : IAsyncDisposable
{
    public const string IndexHtml =
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"/><title>Banana Cake Pop</title>"
        + "<script defer=\"defer\" src=\"static/js/main.1234.js\"></script>"
        + "<link href=\"static/css/styles.1234.css\" rel=\"stylesheet\"></head><body><div id=\"root\"></div></body></html>";

    private readonly WebApplication _app;
    private readonly string _root;

    private ExplorerHost(WebApplication app, string root)
    {
        _app = app;
        _root = root;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    /// <summary>Starts a host whose explorer package is installed (or, with <paramref name="installed"/> off, missing).</summary>
    public static async Task<ExplorerHost> StartAsync(bool installed = true, bool enabled = true)
    {
        var root = Path.Combine(Path.GetTempPath(), "ktportal-explorer-" + Guid.NewGuid().ToString("N"));
        var package = Path.Combine(root, "package");
        Directory.CreateDirectory(package);
        if (installed)
        {
            WritePackage(package);
        }

        // A file beside the package that must never be served.
        await File.WriteAllTextAsync(Path.Combine(root, "secret.txt"), "secret");

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = root });
        builder.WebHost.UseTestServer();
        builder.Services.AddGraphQLServer().AddDocumentFromString("type Query { hello: String }");
        builder.Services.AddGraphQLTransports();
        builder.Services.Configure<GraphQLServerOptions>(options =>
        {
            options.Explorer.AssetsPath = package;
            options.Explorer.Enabled = enabled;
        });
        var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        return new ExplorerHost(app, root);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    private static void WritePackage(string package)
    {
        Directory.CreateDirectory(Path.Combine(package, "static", "js"));
        Directory.CreateDirectory(Path.Combine(package, "static", "css"));
        File.WriteAllText(Path.Combine(package, "index.html"), IndexHtml);
        File.WriteAllText(Path.Combine(package, "static", "js", "main.1234.js"), "console.log('explorer');");
        File.WriteAllText(Path.Combine(package, "static", "css", "styles.1234.css"), "body { margin: 0; }");
        File.WriteAllText(Path.Combine(package, "favicon.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        File.WriteAllText(Path.Combine(package, "manifest.webmanifest"), "{}");
    }
}
