using KtPortal.GraphQL.AspNetCore.WebSockets;

namespace KtPortal.GraphQL.AspNetCore.Tests.WebSockets;

// https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#subscribe
public sealed class WebSocketOperationTests
{
    // https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#single-result-operation
    [Fact]
    public async Task Query_YieldsOneNext_ThenComplete()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using var client = await host.ConnectAndInitialiseAsync();

        await client.SendAsync("""{"id":"q1","type":"subscribe","payload":{"query":"query Q { hello }","operationName":"Q","variables":null,"extensions":{}}}""");

        Assert.Equal("""{"id":"q1","type":"next","payload":{"data":{"hello":"world"}}}""", (await client.ReceiveAsync()).GetRawText());
        Assert.Equal("""{"id":"q1","type":"complete"}""", (await client.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task ValidationError_YieldsAnErrorMessage_AndNoComplete()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using var client = await host.ConnectAndInitialiseAsync();

        await client.SendAsync("""{"id":"bad","type":"subscribe","payload":{"query":"{ nope }"}}""");

        var error = await client.ReceiveAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("bad", error.GetProperty("id").GetString());
        var first = error.GetProperty("payload")[0];
        Assert.Contains("nope", first.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("VALIDATION_FAILED", first.GetProperty("extensions").GetProperty("code").GetString());

        // The next message answers a later ping: no complete followed the error.
        await client.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task SyntaxError_YieldsAnErrorMessage()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using var client = await host.ConnectAndInitialiseAsync();

        await client.SendAsync("""{"id":"s","type":"subscribe","payload":{"query":"{"}}""");

        var error = await client.ReceiveAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("SYNTAX_ERROR", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    // https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#streaming-operation
    [Fact]
    public async Task Subscription_YieldsOneNextPerEvent_ThenComplete()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using var client = await host.ConnectAndInitialiseAsync();

        await client.SendAsync("""{"id":"s1","type":"subscribe","payload":{"query":"subscription($n: Int!) { counter(count: $n) }","variables":{"n":3}}}""");

        for (var i = 1; i <= 3; i++)
        {
            Assert.Equal($$$$"""{"id":"s1","type":"next","payload":{"data":{"counter":{{{{i}}}}}}}""", (await client.ReceiveAsync()).GetRawText());
        }

        Assert.Equal("""{"id":"s1","type":"complete"}""", (await client.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task Subscription_ThatCannotStart_YieldsAnErrorMessage()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using var client = await host.ConnectAndInitialiseAsync();

        await client.SendAsync("""{"id":"s1","type":"subscribe","payload":{"query":"subscription { counter(count: 0) }"}}""");

        var error = await client.ReceiveAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("count must be at least 1.", error.GetProperty("payload")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task CompleteFromTheClient_DisposesTheResponseStream_AndFreesTheId()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using var client = await host.ConnectAndInitialiseAsync();
        await client.SendAsync("""{"id":"h","type":"subscribe","payload":{"query":"subscription { held }"}}""");
        Assert.Equal("""{"id":"h","type":"next","payload":{"data":{"held":1}}}""", (await client.ReceiveAsync()).GetRawText());

        await client.SendAsync("""{"id":"h","type":"complete"}""");
        await host.Probe.AllReleased.WaitAsync(ProtocolClient.Deadline());

        // The id may be used again, and the server sent no complete for the operation the client completed.
        await client.SendAsync("""{"id":"h","type":"subscribe","payload":{"query":"{ hello }"}}""");
        Assert.Equal("""{"id":"h","type":"next","payload":{"data":{"hello":"world"}}}""", (await client.ReceiveAsync()).GetRawText());
        Assert.Equal("""{"id":"h","type":"complete"}""", (await client.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task CompleteForAnUnknownId_IsIgnored()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using var client = await host.ConnectAndInitialiseAsync();

        await client.SendAsync("""{"id":"never","type":"complete"}""");
        await client.SendAsync("""{"type":"ping"}""");

        Assert.Equal("pong", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task ClosingTheSocket_DisposesEverySubscription()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using (var client = await host.ConnectAndInitialiseAsync())
        {
            await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"subscription { held }"}}""");
            await client.SendAsync("""{"id":"2","type":"subscribe","payload":{"query":"subscription { held }"}}""");
            await client.ReceiveAsync("next");
            await client.ReceiveAsync("next");

            await client.CloseAsync();
        }

        await host.Probe.AllReleased.WaitAsync(ProtocolClient.Deadline());
        Assert.Equal(2, host.Probe.ReleasedCount);
    }

    [Fact]
    public async Task SubscribeBeyondTheLimit_YieldsAnErrorForThatId_AndKeepsTheOthers()
    {
        await using var host = await WebSocketTestHost.StartAsync(options => options.MaxSubscriptions = 1);
        using var client = await host.ConnectAndInitialiseAsync();
        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"subscription { held }"}}""");
        await client.ReceiveAsync("next");

        await client.SendAsync("""{"id":"2","type":"subscribe","payload":{"query":"subscription { held }"}}""");

        var error = await client.ReceiveAsync();
        Assert.Equal("2", error.GetProperty("id").GetString());
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal(
            GraphQLWebSocketSession.SubscriptionLimitExceeded,
            error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());

        await client.SendAsync("""{"id":"1","type":"complete"}""");
        await host.Probe.AllReleased.WaitAsync(ProtocolClient.Deadline());
        await client.SendAsync("""{"id":"3","type":"subscribe","payload":{"query":"{ hello }"}}""");
        Assert.Equal("next", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Interceptor_SeesTheInitPayload_AndItsContextDataReachesEveryOperation()
    {
        string? token = null;
        var interceptor = new StubInterceptor(context =>
        {
            token = context.Payload?.GetProperty("token").GetString();
            context.ContextData["user"] = "ada";
            return true;
        });
        await using var host = await WebSocketTestHost.StartAsync(interceptor: interceptor);
        using var client = await host.ConnectAsync();
        await client.SendAsync("""{"type":"connection_init","payload":{"token":"secret"}}""");
        await client.ReceiveAsync("connection_ack");

        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ user }"}}""");

        Assert.Equal("secret", token);
        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"user":"ada"}}}""", (await client.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task Operations_RunSideBySide_OnOneSocket()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using var client = await host.ConnectAndInitialiseAsync();
        await client.SendAsync("""{"id":"held","type":"subscribe","payload":{"query":"subscription { held }"}}""");
        await client.ReceiveAsync("next");

        await client.SendAsync("""{"id":"q","type":"subscribe","payload":{"query":"{ hello }"}}""");

        Assert.Equal("q", (await client.ReceiveAsync()).GetProperty("id").GetString());
        Assert.Equal("""{"id":"q","type":"complete"}""", (await client.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task CompleteFromTheClient_WhileEventsAreBeingSent_KeepsTheSocketOpen()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using var client = await host.ConnectAndInitialiseAsync();

        for (var round = 0; round < 20; round++)
        {
            var id = "flood" + round.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await client.SendAsync($$$"""{"id":"{{{id}}}","type":"subscribe","payload":{"query":"subscription { flood }"}}""");
            await client.ReceiveAsync("next");
            await client.SendAsync($$$"""{"id":"{{{id}}}","type":"complete"}""");
        }

        // Events already in flight may still arrive; the query's answer comes after them.
        await client.SendAsync("""{"id":"q","type":"subscribe","payload":{"query":"{ hello }"}}""");
        while (true)
        {
            var message = await client.ReceiveAsync();
            if (message.GetProperty("id").GetString() == "q")
            {
                Assert.Equal("""{"id":"q","type":"next","payload":{"data":{"hello":"world"}}}""", message.GetRawText());
                break;
            }
        }
    }
}
