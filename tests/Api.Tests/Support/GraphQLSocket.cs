using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using KtPortal.Api.Tests.Infrastructure.Redis;

namespace KtPortal.Api.Tests.Support;

/// <summary>A graphql-transport-ws client over the test server, authenticated in <c>connection_init</c>.</summary>
internal sealed class GraphQLSocket : IDisposable
{
    private readonly WebSocket _socket;
    private int _nextId;

    private GraphQLSocket(WebSocket socket) => _socket = socket;

    public static async Task<GraphQLSocket> ConnectAsync(PortalFactory node, string token)
    {
        var client = node.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        // The host the tokens were issued for (their issuer), as the HTTP requests use.
        var address = new UriBuilder(new Uri(new Uri(KtPortal.Api.Hosting.PortalApplication.DefaultUrl), "graphql")) { Scheme = "ws" }.Uri;
        var socket = new GraphQLSocket(await client.ConnectAsync(address, Deadline()));
        await socket.SendAsync(JsonSerializer.Serialize(new { type = "connection_init", payload = new { authorization = "Bearer " + token } }));
        var ack = await socket.ReceiveAsync();
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
        return socket;
    }

    /// <summary>Starts a subscription and returns its id.</summary>
    public async Task<string> SubscribeAsync(string query, object? variables = null)
    {
        var id = (++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await SendAsync(JsonSerializer.Serialize(new { id, type = "subscribe", payload = new { query, variables } }));
        return id;
    }

    /// <summary>The next message of the socket.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, Deadline());
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
            }
        }
    }

    /// <summary>The next <c>next</c> payload's <c>data</c> (failing on an error message).</summary>
    public async Task<JsonElement> NextDataAsync()
    {
        var message = await ReceiveAsync();
        Assert.True(message.GetProperty("type").GetString() == "next", message.ToString());
        var payload = message.GetProperty("payload");
        Assert.False(payload.TryGetProperty("errors", out var errors), errors.ToString());
        return payload.GetProperty("data");
    }

    public void Dispose() => _socket.Dispose();

    private Task SendAsync(string message)
        => _socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, endOfMessage: true, Deadline());

    private static CancellationToken Deadline() => new CancellationTokenSource(RedisTestKit.Deadline).Token;
}
