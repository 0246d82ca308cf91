using KtPortal.GraphQL.AspNetCore.WebSockets;

namespace KtPortal.GraphQL.AspNetCore.Tests.WebSockets;

// https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md
public sealed class WebSocketProtocolTests
{
    [Fact]
    public async Task ConnectionInit_IsAcknowledged_OnTheGraphQLTransportWsSubprotocol()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using var client = await host.ConnectAsync();
        Assert.Equal("graphql-transport-ws", client.SubProtocol);

        await client.SendAsync("""{"type":"connection_init","payload":{"token":"x"}}""");

        Assert.Equal("""{"type":"connection_ack"}""", (await client.ReceiveAsync()).GetRawText());
    }

    [Theory]
    [InlineData("graphql-ws")]
    [InlineData("graphql-transport-ws-2")]
    public async Task Handshake_WithAnotherSubprotocol_IsRefusedWith400(string subProtocol)
    {
        await using var host = await WebSocketTestHost.StartAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.ConnectAsync(subProtocol));

        Assert.Contains("400", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handshake_OfferingSeveralSubprotocols_PicksGraphQLTransportWs()
    {
        await using var host = await WebSocketTestHost.StartAsync();

        using var client = await host.ConnectAsync("graphql-ws", "graphql-transport-ws");

        Assert.Equal("graphql-transport-ws", client.SubProtocol);
    }

    [Fact]
    public async Task Ping_IsAnsweredWithPong_EchoingThePayload()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using var client = await host.ConnectAsync();

        await client.SendAsync("""{"type":"ping","payload":{"at":1}}""");
        Assert.Equal("""{"type":"pong","payload":{"at":1}}""", (await client.ReceiveAsync()).GetRawText());

        await client.SendAsync("""{"type":"ping"}""");
        Assert.Equal("""{"type":"pong"}""", (await client.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task Pong_FromTheClient_IsIgnored()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using var client = await host.ConnectAndInitialiseAsync();

        await client.SendAsync("""{"type":"pong","payload":{"any":true}}""");
        await client.SendAsync("""{"type":"ping"}""");

        Assert.Equal("pong", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task KeepAlive_SendsPings_AfterTheAcknowledgement()
    {
        await using var host = await WebSocketTestHost.StartAsync(options => options.KeepAliveInterval = TimeSpan.FromMilliseconds(20));
        using var client = await host.ConnectAndInitialiseAsync();

        Assert.Equal("""{"type":"ping"}""", (await client.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task ClientClose_IsAnsweredWithNormalClosure()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using var client = await host.ConnectAndInitialiseAsync();

        await client.CloseAsync();

        Assert.Equal(WebSocketCloseCodes.Normal, (int?)client.CloseStatus);
    }
}
