using System.Net;

namespace KtPortal.GraphQL.AspNetCore.Tests.Http;

public sealed class HttpGetTests
{
    [Fact]
    public async Task Get_Query_Returns200()
    {
        await using var server = await HttpTestServer.StartAsync();
        using var response = await server.SendAsync(HttpTestServer.Get("query=" + Uri.EscapeDataString("{ hello }")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_WithJsonEncodedVariablesAndExtensions_Executes()
    {
        await using var server = await HttpTestServer.StartAsync();
        var query = "query=" + Uri.EscapeDataString("query Q($n: String!) { hello(name: $n) }")
            + "&operationName=Q"
            + "&variables=" + Uri.EscapeDataString("""{"n":"Grace"}""")
            + "&extensions=" + Uri.EscapeDataString("""{"some":"value"}""");
        using var response = await server.SendAsync(HttpTestServer.Get(query, "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, Grace!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("mutation { increment }", null)]
    [InlineData("query Q { hello } mutation M { increment }", "M")]
    public async Task Get_Mutation_Returns405WithAllowPost(string document, string? operationName)
    {
        await using var server = await HttpTestServer.StartAsync();
        var query = "query=" + Uri.EscapeDataString(document) + (operationName is null ? "" : "&operationName=" + operationName);
        using var response = await server.SendAsync(HttpTestServer.Get(query, "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(", ", response.Content.Headers.Allow));
        Assert.Equal("HTTP_METHOD_NOT_ALLOWED", HttpTestServer.FirstErrorCode(await HttpTestServer.ReadJsonAsync(response)));
    }

    [Fact]
    public async Task Get_QueryBesideAMutation_RunsTheQuery()
    {
        await using var server = await HttpTestServer.StartAsync();
        var query = "query=" + Uri.EscapeDataString("query Q { hello } mutation M { increment }") + "&operationName=Q";
        using var response = await server.SendAsync(HttpTestServer.Get(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("variables=%7Bnot-json")]
    [InlineData("variables=%5B1%5D")]
    [InlineData("extensions=42")]
    [InlineData("operationName=A&operationName=B")]
    [InlineData("")]
    public async Task Get_MalformedParameters_Return400(string extra)
    {
        await using var server = await HttpTestServer.StartAsync();
        var query = (extra.Length == 0 ? "" : "query=" + Uri.EscapeDataString("{ hello }") + "&") + extra;
        using var response = await server.SendAsync(HttpTestServer.Get(query, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("HTTP_REQUEST_INVALID", HttpTestServer.FirstErrorCode(await HttpTestServer.ReadJsonAsync(response)));
    }
}
