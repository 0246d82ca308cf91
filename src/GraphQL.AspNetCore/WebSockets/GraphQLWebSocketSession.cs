using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using KtPortal.GraphQL.AspNetCore.Credentials;
using KtPortal.GraphQL.AspNetCore.Persisted;
using KtPortal.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KtPortal.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One graphql-transport-ws socket: reads client messages in order, runs each operation on its own task, and
/// closes the socket with the protocol's close code when the client breaks a rule.
/// </summary>
// https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md
internal sealed partial class GraphQLWebSocketSession : IAsyncDisposable
{
    private const int InitialBufferBytes = 4096;
    private const int RetainedBufferBytes = 64 * 1024;

    private readonly HttpContext _httpContext;
    private readonly WebSocket _socket;
    private readonly GraphQLWebSocketOptions _options;
    private readonly OperationRequestFactory _requests;
    private readonly IRequestExecutor _executor;
    private readonly IWebSocketConnectionInterceptor _interceptor;
    private readonly ILogger _logger;
    private readonly ServerMessageSender _sender;
    private readonly CancellationTokenSource _closed;
    private readonly CancellationTokenSource _receiveAborted;
    private readonly ConcurrentDictionary<string, WebSocketOperation> _operations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<WebSocketOperation, bool> _running = new();
    private IReadOnlyDictionary<string, object?>? _connectionData;
    private volatile bool _initReceived;
    private volatile bool _acknowledged;
    private Task _keepAlive = Task.CompletedTask;
    private Task _credentials = Task.CompletedTask;

    public GraphQLWebSocketSession(
        HttpContext httpContext,
        WebSocket socket,
        GraphQLWebSocketOptions options,
        OperationRequestFactory requests,
        IRequestExecutor executor,
        IWebSocketConnectionInterceptor interceptor,
        ILogger logger)
    {
        _httpContext = httpContext;
        _socket = socket;
        _options = options;
        _requests = requests;
        _executor = executor;
        _interceptor = interceptor;
        _logger = logger;
        _sender = new ServerMessageSender(socket, httpContext.RequestAborted);
        _closed = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted);
        _receiveAborted = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted);
    }

    /// <summary>Runs the socket until either side closes it; every operation is finished when this returns.</summary>
    public async Task RunAsync()
    {
        var initTimeout = CloseUnlessInitialisedAsync();
        try
        {
            await ReceiveAsync().ConfigureAwait(false);
        }
        finally
        {
            await _closed.CancelAsync().ConfigureAwait(false);
            await initTimeout.ConfigureAwait(false);
            await _keepAlive.ConfigureAwait(false);
            await _credentials.ConfigureAwait(false);
            await Task.WhenAll(_running.Keys.Select(operation => operation.Completion)).ConfigureAwait(false);
        }
    }

    private async Task ReceiveAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(InitialBufferBytes);
        while (true)
        {
            // One large message must not keep its buffer for the socket's whole life.
            if (buffer.Capacity > RetainedBufferBytes)
            {
                buffer = new ArrayBufferWriter<byte>(InitialBufferBytes);
            }

            buffer.ResetWrittenCount();
            var frame = await ReadMessageAsync(buffer).ConfigureAwait(false);
            switch (frame)
            {
                case ReceivedFrame.Gone:
                    return;
                case ReceivedFrame.Close:
                    // https://www.rfc-editor.org/rfc/rfc6455#section-5.5.1
                    await _sender.CloseAsync(WebSocketCloseCodes.Normal, string.Empty).ConfigureAwait(false);
                    return;
                case ReceivedFrame.TooBig:
                    await CloseAsync(WebSocketCloseCodes.MessageTooBig, "Message too big").ConfigureAwait(false);
                    continue;
            }

            if (_sender.IsClosed)
            {
                // After the close frame only the client's close frame matters.
                continue;
            }

            // https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#invalid-message
            if (!ClientMessageParser.TryParse(buffer.WrittenMemory, out var message, out var reason))
            {
                await CloseAsync(WebSocketCloseCodes.BadRequest, reason).ConfigureAwait(false);
                continue;
            }

            try
            {
                await HandleAsync(message!).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_closed.IsCancellationRequested)
            {
                // The socket is closing; the loop now waits for the client's close frame.
            }
            catch (Exception exception)
            {
                LogInternalError(_logger, exception);
                await CloseAsync(WebSocketCloseCodes.InternalServerError, "Internal server error").ConfigureAwait(false);
            }
        }
    }

    private async Task<ReceivedFrame> ReadMessageAsync(ArrayBufferWriter<byte> buffer)
    {
        var tooBig = false;
        try
        {
            while (true)
            {
                var memory = buffer.GetMemory(InitialBufferBytes);
                var result = await _socket.ReceiveAsync(memory, _receiveAborted.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return ReceivedFrame.Close;
                }

                // An oversized message is read to its end and dropped, so the close frame after it is still seen.
                if (!tooBig)
                {
                    buffer.Advance(result.Count);
                    if (buffer.WrittenCount > _options.MaxMessageBytes)
                    {
                        tooBig = true;
                        buffer.ResetWrittenCount();
                    }
                }

                if (result.EndOfMessage)
                {
                    return tooBig ? ReceivedFrame.TooBig : ReceivedFrame.Message;
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            return ReceivedFrame.Gone;
        }
    }

    private Task HandleAsync(ClientMessage message) => message.Type switch
    {
        ClientMessageType.ConnectionInit => InitialiseAsync(message),
        ClientMessageType.Ping => _sender.SendPongAsync(message.Payload, _closed.Token),
        ClientMessageType.Pong => Task.CompletedTask,
        ClientMessageType.Subscribe => SubscribeAsync(message.Id!, message.Request!),
        ClientMessageType.Complete => CompleteFromClientAsync(message.Id!),
        _ => Task.CompletedTask,
    };

    // https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#connectioninit
    private async Task InitialiseAsync(ClientMessage message)
    {
        if (_initReceived)
        {
            await CloseAsync(WebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }

        _initReceived = true;
        var context = new WebSocketConnectionContext(_httpContext, message.Payload);
        if (!await _interceptor.OnConnectAsync(context, _closed.Token).ConfigureAwait(false))
        {
            await CloseAsync(WebSocketCloseCodes.Forbidden, "Forbidden").ConfigureAwait(false);
            return;
        }

        _connectionData = context.ContextData.Count > 0 ? new Dictionary<string, object?>(context.ContextData, StringComparer.Ordinal) : null;
        _acknowledged = true;
        await _sender.SendConnectionAckAsync(_closed.Token).ConfigureAwait(false);
        if (_options.KeepAliveInterval > TimeSpan.Zero && _options.KeepAliveInterval != Timeout.InfiniteTimeSpan)
        {
            _keepAlive = KeepAliveAsync();
        }

        // A subscription never outlives the credentials that authorized it: at their expiry, or when the repeated check
        // finds them revoked, the socket is closed with 4403 and the reason.
        if (context.ExpiresAt is not null || context.Revalidate is not null)
        {
            _credentials = CredentialsWatch.RunAsync(
                new StreamCredentials(context.ExpiresAt, context.Revalidate),
                _options.CredentialsRecheckInterval,
                reason => CloseAsync(WebSocketCloseCodes.Forbidden, reason),
                _logger,
                _closed.Token);
        }
    }

    // https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#connection-initialisation-timeout
    private async Task CloseUnlessInitialisedAsync()
    {
        var timeout = _options.ConnectionInitTimeout;
        if (timeout <= TimeSpan.Zero || timeout == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        try
        {
            await Task.Delay(timeout, _closed.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!_initReceived)
        {
            await CloseAsync(WebSocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout").ConfigureAwait(false);
        }
    }

    // https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#ping
    private async Task KeepAliveAsync()
    {
        using var timer = new PeriodicTimer(_options.KeepAliveInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_closed.Token).ConfigureAwait(false))
            {
                await _sender.SendPingAsync(_closed.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The socket closed.
        }
    }

    /// <summary>Sends the close frame, stops every operation, and gives the client a while to answer it.</summary>
    private async Task CloseAsync(int code, string reason)
    {
        if (await _sender.CloseAsync(code, WebSocketCloseCodes.LimitReason(reason, string.Empty)).ConfigureAwait(false))
        {
            await _closed.CancelAsync().ConfigureAwait(false);
            _receiveAborted.CancelAfter(_options.CloseHandshakeTimeout);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _closed.CancelAsync().ConfigureAwait(false);
        _closed.Dispose();
        _receiveAborted.Dispose();
        _sender.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A graphql-transport-ws socket failed; it is closed with 4500.")]
    private static partial void LogInternalError(ILogger logger, Exception exception);

    private enum ReceivedFrame
    {
        Message,
        TooBig,
        Close,
        Gone,
    }
}
