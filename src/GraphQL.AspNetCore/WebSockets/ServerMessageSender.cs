using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using KtPortal.GraphQL.Execution;

namespace KtPortal.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Writes server messages to the socket one at a time: a WebSocket allows a single send in flight, and
/// several operations answer on the same socket. Once the close frame is sent, nothing else is.
/// </summary>
internal sealed class ServerMessageSender : IDisposable
{

    private readonly WebSocket _socket;
    private readonly CancellationToken _aborted;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private bool _closed;

    /// <param name="socket">The socket to write to.</param>
    /// <param name="aborted">Fires when the connection is lost; only then is a send in progress given up.</param>
    public ServerMessageSender(WebSocket socket, CancellationToken aborted)
    {
        _socket = socket;
        _aborted = aborted;
    }

    /// <summary>Whether a close frame was sent (by <see cref="CloseAsync"/> or in answer to the client's).</summary>
    public bool IsClosed => Volatile.Read(ref _closed);

    // https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#connectionack
    public Task SendConnectionAckAsync(CancellationToken cancellationToken) =>
        SendAsync("connection_ack", id: null, payload: null, cancellationToken);

    // https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#ping
    public Task SendPingAsync(CancellationToken cancellationToken) =>
        SendAsync("ping", id: null, payload: null, cancellationToken);

    // https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#pong
    public Task SendPongAsync(JsonElement? payload, CancellationToken cancellationToken) =>
        SendAsync("pong", id: null, payload is { } value ? value.WriteTo : null, cancellationToken);

    // https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#next
    public Task SendNextAsync(string id, OperationResult result, CancellationToken cancellationToken) =>
        SendAsync("next", id, result.WriteTo, cancellationToken);

    // https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#error
    public Task SendErrorAsync(string id, IReadOnlyList<GraphQLError> errors, CancellationToken cancellationToken) =>
        SendAsync("error", id, writer => OperationResult.WriteErrors(writer, errors), cancellationToken);

    // https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#complete
    public Task SendCompleteAsync(string id, CancellationToken cancellationToken) =>
        SendAsync("complete", id, payload: null, cancellationToken);

    /// <summary>Sends the close frame; <see langword="false"/> when one was already sent.</summary>
    public async Task<bool> CloseAsync(int code, string reason)
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_closed)
            {
                return false;
            }

            _closed = true;
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, _aborted).ConfigureAwait(false);
            }

            return true;
        }
        catch (Exception exception) when (exception is WebSocketException || (exception is OperationCanceledException && _aborted.IsCancellationRequested))
        {
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Sends one message. <paramref name="cancellationToken"/> only stops the wait for the socket: cancelling a
    /// send in progress would abort the whole socket, and other operations still use it.
    /// </summary>
    private async Task SendAsync(string type, string? id, Action<Utf8JsonWriter>? payload, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_closed || _socket.State != WebSocketState.Open)
            {
                return;
            }

            _buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(_buffer, OperationResult.WriterOptions))
            {
                writer.WriteStartObject();
                if (id is not null)
                {
                    writer.WriteString("id", id);
                }

                writer.WriteString("type", type);
                if (payload is not null)
                {
                    writer.WritePropertyName("payload");
                    payload(writer);
                }

                writer.WriteEndObject();
            }

            await _socket.SendAsync(_buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, _aborted).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException || (exception is OperationCanceledException && _aborted.IsCancellationRequested))
        {
            // The peer went away; the receive loop sees it too and ends the session.
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
