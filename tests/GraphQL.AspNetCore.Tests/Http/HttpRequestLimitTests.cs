using System.Net;
using System.Text;

namespace KtPortal.GraphQL.AspNetCore.Tests.Http;

public sealed class HttpRequestLimitTests
{
    private static readonly Dictionary<string, string?> SmallLimit = new() { ["GraphQL:Http:MaxRequestBytes"] = "1024" };

    [Fact]
    public async Task Post_OverTheLimit_Returns413WithAGraphQLError()
    {
        await using var server = await HttpTestServer.StartAsync(SmallLimit);
        var body = Padded(2000);
        using var response = await server.SendAsync(HttpTestServer.Post(body, "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("HTTP_REQUEST_TOO_LARGE", HttpTestServer.FirstErrorCode(await HttpTestServer.ReadJsonAsync(response)));
    }

    [Fact]
    public async Task Post_HugeVariables_Returns413()
    {
        await using var server = await HttpTestServer.StartAsync();
        var variables = new StringBuilder("{");
        for (var i = 0; i < 30_000; i++)
        {
            variables.Append(i == 0 ? "" : ",").Append("\"v").Append(i).Append("\":\"value\"");
        }

        variables.Append('}');
        var body = $$"""{"query":"{ hello }","variables":{{variables}}}""";
        Assert.True(body.Length > 256 * 1024);
        using var response = await server.SendAsync(HttpTestServer.Post(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_StreamedBodyWithoutContentLength_IsStoppedAtTheLimit()
    {
        await using var server = await HttpTestServer.StartAsync(SmallLimit);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StreamContent(new EndlessJsonStream()),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        using var response = await server.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_JustUnderTheLimit_Executes()
    {
        await using var server = await HttpTestServer.StartAsync(SmallLimit);
        var body = Padded(1024 - Padded(0).Length);
        Assert.Equal(1024, Encoding.UTF8.GetByteCount(body));
        using var response = await server.SendAsync(HttpTestServer.Post(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_QueryStringOverTheLimit_Returns413()
    {
        await using var server = await HttpTestServer.StartAsync(SmallLimit);
        var query = "query=" + Uri.EscapeDataString("{ hello }") + "&extensions=" + Uri.EscapeDataString($$"""{"p":"{{new string('x', 2000)}}"}""");
        using var response = await server.SendAsync(HttpTestServer.Get(query));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private static string Padded(int padding)
        => "{\"query\":\"{ hello }\",\"extensions\":{\"padding\":\"" + new string('x', padding) + "\"}}";

    /// <summary>A body that never ends and has no length, like a client streaming a huge chunked upload.</summary>
    private sealed class EndlessJsonStream : Stream
    {
        private bool _started;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var span = buffer.AsSpan(offset, count);
            if (!_started)
            {
                _started = true;
                var start = "{\"query\":\""u8;
                start.CopyTo(span);
                return start.Length;
            }

            span.Fill((byte)' ');
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
