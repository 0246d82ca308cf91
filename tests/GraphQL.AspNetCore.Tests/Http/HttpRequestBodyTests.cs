using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using KtPortal.GraphQL.AspNetCore.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace KtPortal.GraphQL.AspNetCore.Tests.Http;

public sealed class HttpRequestBodyTests
{
    [Fact]
    public async Task ParsedBody_OwnsItsBytes_WhenThePipeReusesTheMemoryItWasReadFrom()
    {
        // The server's pipe gives the memory of a body back to its pool once the body is read; the next request
        // writes into it while this one still reads its variables. Here the next request is a scribble.
        using var pool = new RecordingPool();
        var pipe = new Pipe(new PipeOptions(pool: pool, minimumSegmentSize: 4096));
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes("""{"query":"subscription ($to: Int!) { count(to: $to) }","variables":{"to":3}}"""));
        await pipe.Writer.CompleteAsync();

        var (document, error) = await HttpRequestBody.ReadJsonAsync(Request(pipe.Reader), limit: 1024, CancellationToken.None);
        pool.Scribble((byte)'9');

        Assert.Null(error);
        using (document)
        {
            var root = document!.RootElement;
            Assert.Equal(3, root.GetProperty("variables").GetProperty("to").GetInt32());
            Assert.Equal("subscription ($to: Int!) { count(to: $to) }", root.GetProperty("query").GetString());
        }
    }

    [Theory]
    [InlineData("""{"query":"{ hello }"}   """, null)]
    [InlineData("""{"query":"{ hello }"} {}""", "not valid JSON")]
    [InlineData("""{"query":"{ hello }" """, "not valid JSON")]
    [InlineData("   ", "not valid JSON")]
    [InlineData("", "empty")]
    public async Task TrailingAndTruncatedInput(string body, string? expectedError)
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes(body));
        await pipe.Writer.CompleteAsync();

        var (document, error) = await HttpRequestBody.ReadJsonAsync(Request(pipe.Reader), limit: 1024, CancellationToken.None);
        using (document)
        {
            if (expectedError is null)
            {
                Assert.Null(error);
                Assert.Equal(JsonValueKind.Object, document!.RootElement.ValueKind);
            }
            else
            {
                Assert.Null(document);
                Assert.Contains(expectedError, error!.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task NestingDeeperThan64_IsMalformedJson()
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes(new string('[', 65) + new string(']', 65)));
        await pipe.Writer.CompleteAsync();

        var (document, error) = await HttpRequestBody.ReadJsonAsync(Request(pipe.Reader), limit: 1024, CancellationToken.None);

        Assert.Null(document);
        Assert.Contains("not valid JSON", error!.Message, StringComparison.Ordinal);
    }

    private static HttpRequest Request(PipeReader body)
    {
        var context = new DefaultHttpContext();
        context.Features.Set<IRequestBodyPipeFeature>(new BodyPipe(body));
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/json";
        return context.Request;
    }

    private sealed class BodyPipe(PipeReader reader) : IRequestBodyPipeFeature
    {
        public PipeReader Reader => reader;
    }

    /// <summary>A pool that remembers every block it lent, so a test can overwrite them after they were given back.</summary>
    private sealed class RecordingPool : MemoryPool<byte>
    {
        private readonly List<byte[]> _blocks = [];

        public override int MaxBufferSize => 1 << 20;

        public override IMemoryOwner<byte> Rent(int minBufferSize = -1)
        {
            var block = new byte[Math.Max(minBufferSize, 4096)];
            _blocks.Add(block);
            return new Owner(block);
        }

        public void Scribble(byte value)
        {
            foreach (var block in _blocks)
            {
                block.AsSpan().Fill(value);
            }
        }

        protected override void Dispose(bool disposing)
        {
        }

        private sealed class Owner(byte[] block) : IMemoryOwner<byte>
        {
            public Memory<byte> Memory => block;

            public void Dispose()
            {
            }
        }
    }
}
