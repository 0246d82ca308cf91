using System.Net;

namespace KtPortal.GraphQL.AspNetCore.Tests.Http;

public sealed class HttpStatusCodeTests
{
    public static TheoryData<string, string> RequestErrors => new()
    {
        { """{"query":"{"}""", "SYNTAX_ERROR" },
        { """{"query":"{ doesNotExist }"}""", "VALIDATION_FAILED" },
        { """{"query":"query($n: String!) { hello(name: $n) }","variables":{"n":null}}""", "VARIABLE_INVALID" },
    };

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task RequestError_WithGraphQLResponseJson_Returns400WithoutData(string body, string code)
    {
        await using var server = await HttpTestServer.StartAsync();
        using var response = await server.SendAsync(HttpTestServer.Post(body, "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var json = await HttpTestServer.ReadJsonAsync(response);
        Assert.Equal(code, HttpTestServer.FirstErrorCode(json));
        Assert.False(json.TryGetProperty("data", out _));
    }

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task RequestError_WithApplicationJson_Returns200(string body, string code)
    {
        await using var server = await HttpTestServer.StartAsync();
        using var response = await server.SendAsync(HttpTestServer.Post(body, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(code, HttpTestServer.FirstErrorCode(await HttpTestServer.ReadJsonAsync(response)));
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task FieldError_Returns200WithDataAndErrors(string accept)
    {
        await using var server = await HttpTestServer.StartAsync();
        using var response = await server.SendAsync(HttpTestServer.Post("""{"query":"{ hello broken }"}""", accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await HttpTestServer.ReadJsonAsync(response);
        Assert.Equal("BROKEN", HttpTestServer.FirstErrorCode(json));
        Assert.Equal("Hello, world!", json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task PersistedQueryNotFound_IsARequestError(string accept, HttpStatusCode expected)
    {
        await using var server = await HttpTestServer.StartAsync();
        const string body = """{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}}""";
        using var response = await server.SendAsync(HttpTestServer.Post(body, accept));

        Assert.Equal(expected, response.StatusCode);
        var json = await HttpTestServer.ReadJsonAsync(response);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", HttpTestServer.FirstErrorCode(json));
        Assert.False(json.TryGetProperty("data", out _));
    }
}
