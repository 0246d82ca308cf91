using System.Globalization;
using KtPortal.GraphQL.Execution;
using Microsoft.Extensions.Logging;

namespace KtPortal.GraphQL.AspNetCore.WebSockets;

internal sealed partial class GraphQLWebSocketSession
{
    /// <summary>The <c>extensions.code</c> of the error a <c>subscribe</c> beyond the per-socket limit gets.</summary>
    public const string SubscriptionLimitExceeded = "SUBSCRIPTION_LIMIT_EXCEEDED";

    // https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#subscribe
    private async Task SubscribeAsync(string id, GraphQLRequest request)
    {
        if (!_acknowledged)
        {
            await CloseAsync(WebSocketCloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return;
        }

        if (_operations.ContainsKey(id))
        {
            var reason = WebSocketCloseCodes.LimitReason($"Subscriber for {id} already exists", "Subscriber already exists");
            await CloseAsync(WebSocketCloseCodes.SubscriberAlreadyExists, reason).ConfigureAwait(false);
            return;
        }

        if (_options.MaxSubscriptions > 0 && _operations.Count >= _options.MaxSubscriptions)
        {
            var message = string.Create(CultureInfo.InvariantCulture, $"This connection already runs {_options.MaxSubscriptions} operations, the most it may.");
            await _sender.SendErrorAsync(id, [new GraphQLError(message) { Code = SubscriptionLimitExceeded }], _closed.Token).ConfigureAwait(false);
            return;
        }

        var operation = new WebSocketOperation(id, _closed.Token);
        _operations[id] = operation;
        _running[operation] = true;
        operation.Completion = Task.Run(() => RunOperationAsync(operation, request));
    }

    // https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#complete
    private Task CompleteFromClientAsync(string id)
    {
        // Unknown ids (never started or already completed) are ignored, as the protocol allows.
        if (_operations.TryRemove(id, out var operation))
        {
            operation.Cancel();
        }

        return Task.CompletedTask;
    }

    private async Task RunOperationAsync(WebSocketOperation operation, GraphQLRequest transportRequest)
    {
        var cancellationToken = operation.Cancelled;
        try
        {
            var created = await _requests.CreateAsync(transportRequest, _httpContext).ConfigureAwait(false);
            if (created.Error is { } requestError)
            {
                await SendErrorAsync(operation, [requestError]).ConfigureAwait(false);
                return;
            }

            var request = WithConnectionData(created.Request!);
            await using var result = await _executor.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
            switch (result)
            {
                // A request error (syntax, validation, variables, a stream that cannot start) has no data.
                case OperationResult { HasData: false, Errors.Count: > 0 } failed:
                    await SendErrorAsync(operation, failed.Errors).ConfigureAwait(false);
                    return;
                // https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#single-result-operation
                case OperationResult single:
                    await SendNextAsync(operation, single).ConfigureAwait(false);
                    break;
                // https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#streaming-operation
                case ResponseStream stream:
                    if (!await StreamAsync(operation, stream).ConfigureAwait(false))
                    {
                        return;
                    }

                    break;
            }

            await SendCompleteAsync(operation).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client completed the operation or the socket closed: nothing more is sent for it.
        }
        catch (Exception exception)
        {
            LogInternalError(_logger, exception);
            await CloseAsync(WebSocketCloseCodes.InternalServerError, "Internal server error").ConfigureAwait(false);
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, WebSocketOperation>(operation.Id, operation));
            operation.Dispose();
            _running.TryRemove(operation, out _);
        }
    }

    /// <summary>Sends one <c>next</c> per event; false when the stream failed and an <c>error</c> ended the operation.</summary>
    private async Task<bool> StreamAsync(WebSocketOperation operation, ResponseStream stream)
    {
        try
        {
            await foreach (var result in stream.ReadResultsAsync(operation.Cancelled).ConfigureAwait(false))
            {
                await SendNextAsync(operation, result).ConfigureAwait(false);
            }

            return true;
        }
        catch (Exception exception) when (!operation.Cancelled.IsCancellationRequested)
        {
            // https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#error: the error ends this operation only.
            LogStreamFailed(_logger, operation.Id, exception);
            await SendErrorAsync(operation, [new GraphQLError("Unexpected Execution Error") { Code = ErrorCodes.Internal }]).ConfigureAwait(false);
            return false;
        }
    }

    private OperationRequest WithConnectionData(OperationRequest request)
    {
        if (_connectionData is null)
        {
            return request;
        }

        var merged = request.ContextData is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            : new Dictionary<string, object?>(request.ContextData, StringComparer.Ordinal);
        foreach (var (key, value) in _connectionData)
        {
            merged[key] = value;
        }

        return request with { ContextData = merged };
    }

    // Even a result that is ready is not sent once the client completed the operation.
    private Task SendNextAsync(WebSocketOperation operation, OperationResult result) =>
        operation.Cancelled.IsCancellationRequested
            ? Task.CompletedTask
            : _sender.SendNextAsync(operation.Id, result, operation.Cancelled);

    // The id is released before the last message, so a client may reuse it as soon as it reads that message.
    private Task SendCompleteAsync(WebSocketOperation operation) =>
        Release(operation) ? _sender.SendCompleteAsync(operation.Id, _closed.Token) : Task.CompletedTask;

    private Task SendErrorAsync(WebSocketOperation operation, IReadOnlyList<GraphQLError> errors) =>
        Release(operation) ? _sender.SendErrorAsync(operation.Id, errors, _closed.Token) : Task.CompletedTask;

    private bool Release(WebSocketOperation operation) =>
        _operations.TryRemove(new KeyValuePair<string, WebSocketOperation>(operation.Id, operation));

    [LoggerMessage(Level = LogLevel.Error, Message = "The subscription {OperationId} failed while reading its events.")]
    private static partial void LogStreamFailed(ILogger logger, string operationId, Exception exception);
}
