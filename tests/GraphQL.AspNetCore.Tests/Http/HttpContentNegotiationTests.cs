using System.Net;

namespace KtPortal.GraphQL.AspNetCore.Tests.Http;

public sealed class HttpContentNegotiationTests
{
    [Theory]
    [InlineData(null, "application/json; charset=utf-8")]
    [InlineData("*/*", "application/json; charset=utf-8")]
    [InlineData("application/*", "application/json; charset=utf-8")]
    [InlineData("application/json", "application/json; charset=utf-8")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json; charset=utf-8")]
    [InlineData("text/html;q=0.9, application/json;q=0.8", "application/json; charset=utf-8")]
    public async Task Accept_ChoosesTheResponseMediaType(string? accept, string expected)
    {
        await using var server = await HttpTestServer.StartAsync();
        using var response = await server.SendAsync(HttpTestServer.Post("""{"query":"{ __typename }"}""", accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.ToString());
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("text/plain")]
    public async Task Accept_WithNothingWeWrite_Returns406(string accept)
    {
        await using var server = await HttpTestServer.StartAsync();
        using var response = await server.SendAsync(HttpTestServer.Post("""{"query":"{ __typename }"}""", accept));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("HTTP_NOT_ACCEPTABLE", HttpTestServer.FirstErrorCode(await HttpTestServer.ReadJsonAsync(response)));
    }
}
