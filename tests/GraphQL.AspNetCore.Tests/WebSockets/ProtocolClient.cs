using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace KtPortal.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>A raw graphql-transport-ws client: sends text messages, reads JSON messages and the close frame.</summary>
internal sealed class ProtocolClient : IDisposable
{
    private readonly WebSocket _socket;

    public ProtocolClient(WebSocket socket) => _socket = socket;

    public string? SubProtocol => _socket.SubProtocol;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    /// <summary>A bound on every wait, so a broken server fails the test instead of hanging it.</summary>
    public static CancellationToken Deadline() => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;

    public Task SendAsync(string message) => SendAsync(Encoding.UTF8.GetBytes(message));

    public async Task SendAsync(byte[] message) =>
        await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, Deadline());

    /// <summary>The next message; fails when the server closes the socket instead.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        var (type, text, status, reason) = await ReadAsync();
        Assert.True(type != WebSocketMessageType.Close, $"Expected a message, got close {status} '{reason}'.");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The next message of <paramref name="type"/>, skipping any other (server pings, for example).</summary>
    public async Task<JsonElement> ReceiveAsync(string type)
    {
        while (true)
        {
            var message = await ReceiveAsync();
            if (message.GetProperty("type").GetString() == type)
            {
                return message;
            }
        }
    }

    /// <summary>The close frame's status and reason; fails when a message arrives first.</summary>
    public async Task<(int Status, string Reason)> ReceiveCloseAsync()
    {
        var (type, text, status, reason) = await ReadAsync();
        Assert.True(type == WebSocketMessageType.Close, $"Expected the socket to close, got {text}.");
        return (status, reason);
    }

    public async Task CloseAsync() =>
        await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, string.Empty, Deadline());

    private async Task<(WebSocketMessageType Type, string Text, int Status, string Reason)> ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, Deadline());
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (result.MessageType, string.Empty, (int?)result.CloseStatus ?? 0, result.CloseStatusDescription ?? string.Empty);
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return (result.MessageType, Encoding.UTF8.GetString(message.ToArray()), 0, string.Empty);
            }
        }
    }

    public void Dispose() => _socket.Dispose();
}
