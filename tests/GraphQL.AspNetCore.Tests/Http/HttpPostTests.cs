using System.Net;

namespace KtPortal.GraphQL.AspNetCore.Tests.Http;

public sealed class HttpPostTests
{
    [Fact]
    public async Task Post_Query_Returns200WithData()
    {
        await using var server = await HttpTestServer.StartAsync();
        using var response = await server.SendAsync(HttpTestServer.Post("""{"query":"{ hello }"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_WithVariablesOperationNameAndExtensions_RunsTheNamedOperation()
    {
        await using var server = await HttpTestServer.StartAsync();
        const string body = """
            {"query":"query A { hello } query B($n: String!) { hello(name: $n) }",
             "operationName":"B","variables":{"n":"Ada"},"extensions":{"some":"value"}}
            """;
        using var response = await server.SendAsync(HttpTestServer.Post(body, "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, Ada!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("application/json")]
    public async Task Post_Utf8Json_IsAccepted(string contentType)
    {
        await using var server = await HttpTestServer.StartAsync();
        using var response = await server.SendAsync(HttpTestServer.Post("""{"query":"{ hello(name: \"Run🏃\") }"}""", contentType: contentType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await HttpTestServer.ReadJsonAsync(response);
        Assert.Equal("Hello, Run🏃!", json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task Post_OtherContentType_Returns415(string contentType)
    {
        await using var server = await HttpTestServer.StartAsync();
        using var response = await server.SendAsync(HttpTestServer.Post("""{"query":"{ hello }"}""", contentType: contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("HTTP_MEDIA_TYPE_UNSUPPORTED", HttpTestServer.FirstErrorCode(await HttpTestServer.ReadJsonAsync(response)));
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    public async Task Post_MalformedJson_Returns400WithAGraphQLError(string accept)
    {
        await using var server = await HttpTestServer.StartAsync();
        using var response = await server.SendAsync(HttpTestServer.Post("""{ "not a JSON""", accept));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await HttpTestServer.ReadJsonAsync(response);
        Assert.Equal("HTTP_JSON_INVALID", HttpTestServer.FirstErrorCode(body));
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("42")]
    [InlineData("\"query\"")]
    [InlineData("""{"notquery":"{ hello }"}""")]
    [InlineData("""{"query":{"obj":"ect"}}""")]
    [InlineData("""{"query":0}""")]
    [InlineData("""{"query":false}""")]
    [InlineData("""{"query":["array"]}""")]
    [InlineData("""{"query":"{ hello }","operationName":1}""")]
    [InlineData("""{"query":"{ hello }","variables":"string"}""")]
    [InlineData("""{"query":"{ hello }","variables":["array"]}""")]
    [InlineData("""{"query":"{ hello }","extensions":false}""")]
    public async Task Post_MalformedRequest_Returns400EvenForApplicationJson(string body)
    {
        await using var server = await HttpTestServer.StartAsync();
        using var response = await server.SendAsync(HttpTestServer.Post(body, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("HTTP_", HttpTestServer.FirstErrorCode(await HttpTestServer.ReadJsonAsync(response)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("variables")]
    [InlineData("operationName")]
    [InlineData("extensions")]
    public async Task Post_NullParameter_IsAllowed(string parameter)
    {
        await using var server = await HttpTestServer.StartAsync();
        using var response = await server.SendAsync(HttpTestServer.Post($$"""{"query":"{ hello }","{{parameter}}":null}""", "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_Mutation_Executes()
    {
        await using var server = await HttpTestServer.StartAsync();
        using var response = await server.SendAsync(HttpTestServer.Post("""{"query":"mutation { increment(by: 2) }"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"increment":3}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Post_Subscription_IsRefusedOverPlainHttp(string accept, HttpStatusCode expected)
    {
        await using var server = await HttpTestServer.StartAsync();
        using var response = await server.SendAsync(HttpTestServer.Post("""{"query":"subscription { ticks }"}""", accept));

        Assert.Equal(expected, response.StatusCode);
        var body = await HttpTestServer.ReadJsonAsync(response);
        Assert.Equal("HTTP_SUBSCRIPTION_NOT_SUPPORTED", HttpTestServer.FirstErrorCode(body));
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethods_Return405WithAllow(string method)
    {
        await using var server = await HttpTestServer.StartAsync();
        var request = HttpTestServer.Post("""{"query":"{ hello }"}""");
        request.Method = new HttpMethod(method);
        using var response = await server.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, POST", string.Join(", ", response.Content.Headers.Allow));
    }
}
