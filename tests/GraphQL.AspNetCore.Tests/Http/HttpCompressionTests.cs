using System.IO.Compression;
using System.Net;

namespace KtPortal.GraphQL.AspNetCore.Tests.Http;

public sealed class HttpCompressionTests
{
    private const string LargeQuery = """{"query":"{ text(length: 20000) }"}""";

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Response_IsCompressedWhenTheClientAcceptsIt(string encoding)
    {
        await using var server = await HttpTestServer.StartAsync();
        var request = HttpTestServer.Post(LargeQuery, "application/graphql-response+json");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        using var response = await server.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length < 20_000, $"{compressed.Length} bytes");
        Assert.Equal("{\"data\":{\"text\":\"" + new string('x', 20000) + "\"}}", Decompress(compressed, encoding));
    }

    [Fact]
    public async Task Response_IsPlainWithoutAcceptEncoding()
    {
        await using var server = await HttpTestServer.StartAsync();
        using var response = await server.SendAsync(HttpTestServer.Post(LargeQuery));

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Fact]
    public async Task Compression_CanBeTurnedOff()
    {
        await using var server = await HttpTestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:Http:EnableCompression"] = "false" });
        var request = HttpTestServer.Post(LargeQuery);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        using var response = await server.SendAsync(request);

        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    private static string Decompress(byte[] bytes, string encoding)
    {
        using var input = new MemoryStream(bytes);
        using Stream decompressor = encoding == "br"
            ? new BrotliStream(input, CompressionMode.Decompress)
            : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decompressor);
        return reader.ReadToEnd();
    }
}
