using System.Text;
using KtPortal.GraphQL.AspNetCore.WebSockets;

namespace KtPortal.GraphQL.AspNetCore.Tests.WebSockets;

// https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md
public sealed class WebSocketCloseCodeTests
{
    // https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#connection-initialisation-timeout
    [Fact]
    public async Task NoConnectionInit_WithinTheTimeout_ClosesWith4408()
    {
        await using var host = await WebSocketTestHost.StartAsync(options => options.ConnectionInitTimeout = TimeSpan.FromMilliseconds(100));
        using var client = await host.ConnectAsync();

        Assert.Equal((4408, "Connection initialisation timeout"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task SecondConnectionInit_ClosesWith4429()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using var client = await host.ConnectAndInitialiseAsync();

        await client.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal((4429, "Too many initialisation requests"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Subscribe_BeforeTheAcknowledgement_ClosesWith4401()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using var client = await host.ConnectAsync();

        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ hello }"}}""");

        Assert.Equal((4401, "Unauthorized"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Subscribe_WithTheIdOfAnActiveOperation_ClosesWith4409()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using var client = await host.ConnectAndInitialiseAsync();
        await client.SendAsync("""{"id":"a","type":"subscribe","payload":{"query":"subscription { held }"}}""");
        await client.ReceiveAsync("next");

        await client.SendAsync("""{"id":"a","type":"subscribe","payload":{"query":"{ hello }"}}""");

        Assert.Equal((4409, "Subscriber for a already exists"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Subscribe_WithAVeryLongDuplicateId_ClosesWith4409_AndAShortReason()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using var client = await host.ConnectAndInitialiseAsync();
        var id = new string('x', 200);
        var subscribe = $$$"""{"id":"{{{id}}}","type":"subscribe","payload":{"query":"subscription { held }"}}""";
        await client.SendAsync(subscribe);
        await client.ReceiveAsync("next");

        await client.SendAsync(subscribe);

        Assert.Equal((4409, "Subscriber already exists"), await client.ReceiveCloseAsync());
    }

    // https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#invalid-message
    [Theory]
    [InlineData("not json", "not JSON")]
    [InlineData("[1]", "must be an object")]
    [InlineData("""{"payload":{}}""", "'type' must be a string")]
    [InlineData("""{"type":"subscription"}""", "unknown 'type'")]
    [InlineData("""{"type":"next","id":"1","payload":{}}""", "sent by the server only")]
    [InlineData("""{"type":"connection_init","payload":"token"}""", "'payload' must be an object or null")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""", "non-empty 'id'")]
    [InlineData("""{"type":"subscribe","id":"","payload":{"query":"{ hello }"}}""", "non-empty 'id'")]
    [InlineData("""{"type":"subscribe","id":"1"}""", "needs a 'payload' object")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{}}""", "The 'query' parameter is required.")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":1}}""", "The 'query' parameter must be a string.")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":"{ hello }","variables":[]}}""", "The 'variables' parameter must be an object.")]
    [InlineData("""{"type":"complete"}""", "non-empty 'id'")]
    public async Task InvalidMessage_ClosesWith4400_AndAReason(string message, string reason)
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using var client = await host.ConnectAndInitialiseAsync();

        await client.SendAsync(message);

        var (status, description) = await client.ReceiveCloseAsync();
        Assert.Equal(4400, status);
        Assert.StartsWith("Invalid message received: ", description, StringComparison.Ordinal);
        Assert.Contains(reason, description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidMessage_BeforeConnectionInit_ClosesWith4400()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using var client = await host.ConnectAsync();

        await client.SendAsync("{");

        Assert.Equal(4400, (await client.ReceiveCloseAsync()).Status);
    }

    [Fact]
    public async Task InterceptorRejecting_ClosesWith4403()
    {
        await using var host = await WebSocketTestHost.StartAsync(interceptor: new StubInterceptor(_ => false));
        using var client = await host.ConnectAsync();

        await client.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal((4403, "Forbidden"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task CredentialsExpiring_CloseAnAcknowledgedSocketWith4403()
    {
        await using var host = await WebSocketTestHost.StartAsync(interceptor: new StubInterceptor(context =>
        {
            context.ExpiresAt = DateTimeOffset.UtcNow.AddMilliseconds(200);
            return true;
        }));
        using var client = await host.ConnectAsync();

        await client.SendAsync("""{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await client.ReceiveAsync()).GetProperty("type").GetString());

        Assert.Equal((4403, "Credentials expired"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task CredentialsWithoutExpiry_KeepTheSocketOpen()
    {
        await using var host = await WebSocketTestHost.StartAsync(interceptor: new StubInterceptor(_ => true));
        using var client = await host.ConnectAndInitialiseAsync();

        await client.SendAsync("""{"type":"ping"}""");

        Assert.Equal("pong", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task InterceptorThrowing_ClosesWith4500()
    {
        await using var host = await WebSocketTestHost.StartAsync(
            interceptor: new StubInterceptor(_ => throw new InvalidOperationException("broken")));
        using var client = await host.ConnectAsync();

        await client.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal((4500, "Internal server error"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task MessageOverTheSizeLimit_ClosesWith1009()
    {
        await using var host = await WebSocketTestHost.StartAsync(options => options.MaxMessageBytes = 1024);
        using var client = await host.ConnectAndInitialiseAsync();
        var query = "{ " + string.Join(' ', Enumerable.Repeat("hello", 400)) + " }";

        await client.SendAsync(Encoding.UTF8.GetBytes($$$"""{"id":"1","type":"subscribe","payload":{"query":"{{{query}}}"}}"""));

        Assert.Equal((1009, "Message too big"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task MessagesAfterTheCloseFrame_AreIgnored()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using var client = await host.ConnectAsync();
        await client.SendAsync("""{"type":"unknown"}""");
        await client.SendAsync("""{"type":"ping"}""");

        Assert.Equal(WebSocketCloseCodes.BadRequest, (await client.ReceiveCloseAsync()).Status);
    }
}
