using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using KtPortal.GraphQL.AspNetCore.Explorer;

namespace KtPortal.GraphQL.AspNetCore.Tests.Explorer;

public sealed class ExplorerTransportTests
{
    [Fact]
    public async Task BrowserGet_ServesTheIndexPage_WithItsAssetsBelowTheEndpoint()
    {
        await using var host = await ExplorerHost.StartAsync();

        using var response = await host.Client.SendAsync(BrowserGet("/graphql"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            ExplorerHost.IndexHtml.Replace("<head>", "<head><base href=\"/graphql/explorer/\"/>", StringComparison.Ordinal),
            html);
    }

    [Fact]
    public async Task BrowserGet_SendsAContentSecurityPolicy_ThatKeepsThePageOnTheApi()
    {
        await using var host = await ExplorerHost.StartAsync();

        using var response = await host.Client.SendAsync(BrowserGet("/graphql"));
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/graphql/explorer/static/js/main.1234.js", "text/javascript")]
    [InlineData("/graphql/explorer/static/css/styles.1234.css", "text/css")]
    [InlineData("/graphql/explorer/favicon.svg", "image/svg+xml")]
    [InlineData("/graphql/explorer/manifest.webmanifest", "application/manifest+json")]
    public async Task Assets_AreServedWithTheirContentType(string path, string contentType)
    {
        await using var host = await ExplorerHost.StartAsync();

        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task HashedAssets_AreCachedForever_AndTheRestRevalidated()
    {
        await using var host = await ExplorerHost.StartAsync();

        using var hashed = await host.Client.GetAsync(new Uri("/graphql/explorer/static/js/main.1234.js", UriKind.Relative));
        using var unhashed = await host.Client.GetAsync(new Uri("/graphql/explorer/favicon.svg", UriKind.Relative));

        Assert.True(hashed.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromDays(365), hashed.Headers.CacheControl?.MaxAge);
        Assert.True(unhashed.Headers.CacheControl?.NoCache);
    }

    [Theory]
    [InlineData("/graphql/explorer/static/js/missing.js")]
    [InlineData("/graphql/explorer/static")]
    [InlineData("/graphql/explorer/%2E%2E/secret.txt")]
    [InlineData("/graphql/explorer/..%2Fsecret.txt")]
    public async Task UnknownAssetsAndFilesOutsideThePackage_Get404(string path)
    {
        await using var host = await ExplorerHost.StartAsync();

        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("secret", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preset_UsesThePageUrlAsEndpoint_WithoutTelemetry()
    {
        await using var host = await ExplorerHost.StartAsync();

        using var response = await host.Client.GetAsync(new Uri("/graphql/bcp-config.json", UriKind.Relative));
        using var preset = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(preset.RootElement.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.Equal("", preset.RootElement.GetProperty("endpoint").GetString());
        Assert.True(preset.RootElement.GetProperty("disableTelemetry").GetBoolean());
        Assert.False(preset.RootElement.TryGetProperty("gaTrackingId", out _));
    }

    [Fact]
    public async Task MissingPackage_Answers404_WithAOneLineHint()
    {
        await using var host = await ExplorerHost.StartAsync(installed: false);

        using var page = await host.Client.SendAsync(BrowserGet("/graphql"));
        using var asset = await host.Client.GetAsync(new Uri("/graphql/explorer/static/js/main.1234.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/plain", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ExplorerTransport.NotInstalledMessage + "\n", await page.Content.ReadAsStringAsync());
        Assert.Contains("run ./portal run to install the explorer", ExplorerTransport.NotInstalledMessage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
    }

    [Theory]
    [InlineData("/graphql?query={hello}")]
    [InlineData("/graphql?query=%7Bhello%7D&variables=%7B%7D")]
    public async Task GraphQLGet_FromABrowser_IsExecuted_NotAnsweredWithTheExplorer(string path)
    {
        await using var host = await ExplorerHost.StartAsync();

        using var response = await host.Client.SendAsync(BrowserGet(path));
        var body = await response.Content.ReadAsStringAsync();

        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"hello\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/graphql?documentId=sha256:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("/graphql?id=sha256:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("/graphql?extensions=%7B%7D")]
    public async Task PersistedGet_FromABrowser_IsGraphQL_NotTheExplorer(string path)
    {
        await using var host = await ExplorerHost.StartAsync();

        using var response = await host.Client.SendAsync(BrowserGet(path));
        var body = await response.Content.ReadAsStringAsync();

        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"errors\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AcceptingHtml_IsGraphQL()
    {
        await using var host = await ExplorerHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StringContent("{\"query\":\"{ hello }\"}", new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Accept.ParseAdd("text/html, application/json");

        using var response = await host.Client.SendAsync(request);

        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"hello\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    [InlineData("text/html;q=0")]
    public async Task Get_NotAcceptingHtml_IsNotTheExplorer(string accept)
    {
        await using var host = await ExplorerHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql", UriKind.Relative));
        request.Headers.Accept.ParseAdd(accept);

        using var response = await host.Client.SendAsync(request);

        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Banana Cake Pop", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabled_BrowserGetIsHandledAsGraphQLOverHttp()
    {
        await using var host = await ExplorerHost.StartAsync(enabled: false);

        using var response = await host.Client.SendAsync(BrowserGet("/graphql"));
        using var asset = await host.Client.GetAsync(new Uri("/graphql/explorer/static/js/main.1234.js", UriKind.Relative));
        using var preset = await host.Client.GetAsync(new Uri("/graphql/bcp-config.json", UriKind.Relative));

        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Banana Cake Pop", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, preset.StatusCode);
    }

    [Fact]
    public async Task Head_AnswersLikeGet_WithoutABody()
    {
        await using var host = await ExplorerHost.StartAsync();
        using var page = BrowserGet("/graphql");
        page.Method = HttpMethod.Head;

        using var response = await host.Client.SendAsync(page);
        using var asset = await host.Client.SendAsync(
            new HttpRequestMessage(HttpMethod.Head, new Uri("/graphql/explorer/static/css/styles.1234.css", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("text/css", asset.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await asset.Content.ReadAsByteArrayAsync());
    }

    private static HttpRequestMessage BrowserGet(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return request;
    }
}
