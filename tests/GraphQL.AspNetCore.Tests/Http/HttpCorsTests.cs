using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace KtPortal.GraphQL.AspNetCore.Tests.Http;

public sealed class HttpCorsTests
{
    private static readonly Dictionary<string, string?> Cors = new()
    {
        ["GraphQL:Http:Cors:AllowedOrigins:0"] = "https://app.example",
        ["GraphQL:Http:Cors:AllowCredentials"] = "true",
        ["GraphQL:Http:Cors:PreflightMaxAgeSeconds"] = "120",
    };

    [Fact]
    public async Task Preflight_FromAnAllowedOrigin_IsAnswered()
    {
        await using var server = await HttpTestServer.StartAsync(Cors);
        using var response = await server.SendAsync(Preflight("https://app.example"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("https://app.example", Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("true", Header(response, "Access-Control-Allow-Credentials"));
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        Assert.Equal("120", Header(response, "Access-Control-Max-Age"));
    }

    [Fact]
    public async Task Preflight_FromAnotherOrigin_GetsNoCorsHeaders()
    {
        await using var server = await HttpTestServer.StartAsync(Cors);
        using var response = await server.SendAsync(Preflight("https://evil.example"));

        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Post_FromAnAllowedOrigin_CarriesTheCorsHeaders()
    {
        await using var server = await HttpTestServer.StartAsync(Cors);
        var request = HttpTestServer.Post("""{"query":"{ hello }"}""");
        request.Headers.TryAddWithoutValidation("Origin", "https://app.example");
        using var response = await server.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("https://app.example", Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task UseGraphQLCors_PutsTheHeadersOnAnAnswerWrittenBeforeTheEndpoint()
    {
        await using var server = await HttpTestServer.StartAsync(Cors, app =>
        {
            app.UseGraphQLCors();
            app.Use((HttpContext context, RequestDelegate next) =>
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            });
        });
        var request = HttpTestServer.Post("""{"query":"{ hello }"}""");
        request.Headers.TryAddWithoutValidation("Origin", "https://app.example");
        using var response = await server.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("https://app.example", Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task UseGraphQLCors_AnswersPreflights_AndTheEndpointDoesNotAddTheHeadersTwice()
    {
        await using var server = await HttpTestServer.StartAsync(Cors, app => app.UseGraphQLCors());
        using var preflight = await server.SendAsync(Preflight("https://app.example"));
        var request = HttpTestServer.Post("""{"query":"{ hello }"}""");
        request.Headers.TryAddWithoutValidation("Origin", "https://app.example");
        using var response = await server.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal("https://app.example", Header(preflight, "Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["https://app.example"], response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Equal(["true"], response.Headers.GetValues("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Cors_IsOffWithoutConfiguredOrigins()
    {
        await using var server = await HttpTestServer.StartAsync();
        var request = HttpTestServer.Post("""{"query":"{ hello }"}""");
        request.Headers.TryAddWithoutValidation("Origin", "https://app.example");
        using var response = await server.SendAsync(request);

        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task AnyOrigin_IsAllowedWithAStar()
    {
        await using var server = await HttpTestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:Http:Cors:AllowedOrigins:0"] = "*" });
        var request = HttpTestServer.Post("""{"query":"{ hello }"}""");
        request.Headers.TryAddWithoutValidation("Origin", "https://anyone.example");
        using var response = await server.SendAsync(request);

        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/graphql", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Origin", origin);
        request.Headers.TryAddWithoutValidation("Access-Control-Request-Method", "POST");
        request.Headers.TryAddWithoutValidation("Access-Control-Request-Headers", "content-type");
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
