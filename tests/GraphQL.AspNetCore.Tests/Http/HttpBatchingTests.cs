using System.Net;

namespace KtPortal.GraphQL.AspNetCore.Tests.Http;

public sealed class HttpBatchingTests
{
    private static readonly Dictionary<string, string?> Batching = new()
    {
        ["GraphQL:Http:EnableBatching"] = "true",
        ["GraphQL:Http:MaxBatchSize"] = "3",
    };

    [Fact]
    public async Task Batch_WhenOff_Returns400WithAClearMessage()
    {
        await using var server = await HttpTestServer.StartAsync();
        using var response = await server.SendAsync(HttpTestServer.Post("""[{"query":"{ hello }"}]"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await HttpTestServer.ReadJsonAsync(response);
        Assert.Equal("HTTP_BATCHING_INVALID", HttpTestServer.FirstErrorCode(json));
        Assert.Contains("Batching is not enabled", json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_WhenOn_ReturnsAnArrayOfResultsInOrder()
    {
        await using var server = await HttpTestServer.StartAsync(Batching);
        const string body = """[{"query":"{ hello }"},{"query":"query($n: String!) { hello(name: $n) }","variables":{"n":"Ada"}},{"query":"{ nope }"}]""";
        using var response = await server.SendAsync(HttpTestServer.Post(body, "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await HttpTestServer.ReadJsonAsync(response);
        Assert.Equal(3, json.GetArrayLength());
        Assert.Equal("Hello, world!", json[0].GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("Hello, Ada!", json[1].GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("VALIDATION_FAILED", HttpTestServer.FirstErrorCode(json[2]));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""[{"query":"{ hello }"},{"query":"{ hello }"},{"query":"{ hello }"},{"query":"{ hello }"}]""")]
    [InlineData("""[{"query":"{ hello }"},42]""")]
    public async Task Batch_EmptyTooLargeOrMalformed_Returns400(string body)
    {
        await using var server = await HttpTestServer.StartAsync(Batching);
        using var response = await server.SendAsync(HttpTestServer.Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
