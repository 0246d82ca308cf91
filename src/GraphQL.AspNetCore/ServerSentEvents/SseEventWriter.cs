using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using KtPortal.GraphQL.Execution;

namespace KtPortal.GraphQL.AspNetCore.ServerSentEvents;

/// <summary>
/// Writes graphql-sse events to a response, one at a time: <c>next</c> with a result, <c>complete</c>, and the
/// keep-alive comments sent while the stream is idle.
/// </summary>
// https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation
internal sealed class SseEventWriter : IAsyncDisposable
{
    private static readonly byte[] Comment = ":\n\n"u8.ToArray();
    private static readonly byte[] NextPrefix = "event: next\ndata: "u8.ToArray();
    private static readonly byte[] Complete = "event: complete\ndata:\n\n"u8.ToArray();
    private static readonly byte[] EventEnd = "\n\n"u8.ToArray();

    private readonly PipeWriter _output;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _stopKeepAlive = new();
    private Task _keepAlive = Task.CompletedTask;

    public SseEventWriter(PipeWriter output) => _output = output;

    /// <summary>A comment line: clients ignore it, but it makes every hop flush the headers and keeps the line warm.</summary>
    public ValueTask WriteCommentAsync(CancellationToken cancellationToken) => WriteAsync(Comment, null, null, cancellationToken);

    // https://github.com/enisdenjo/graphql-sse/blob/master/PROTOCOL.md#next-event
    public ValueTask WriteNextAsync(OperationResult result, CancellationToken cancellationToken) =>
        WriteAsync(
            NextPrefix,
            output =>
            {
                // Compact JSON never contains a line break, so the result fits on one data line.
                using var json = new Utf8JsonWriter(output, OperationResult.WriterOptions);
                result.WriteTo(json);
            },
            EventEnd,
            cancellationToken);

    // https://github.com/enisdenjo/graphql-sse/blob/master/PROTOCOL.md#complete-event
    // The empty data line is what makes an EventSource dispatch the event.
    public ValueTask WriteCompleteAsync(CancellationToken cancellationToken) =>
        WriteAsync(Complete, null, null, cancellationToken);

    public void StartKeepAlive(TimeSpan interval, CancellationToken cancellationToken)
    {
        if (interval > TimeSpan.Zero)
        {
            _keepAlive = KeepAliveAsync(interval, CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopKeepAlive.Token));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopKeepAlive.CancelAsync().ConfigureAwait(false);
        await _keepAlive.ConfigureAwait(false);
        _stopKeepAlive.Dispose();
        _gate.Dispose();
    }

    private async Task KeepAliveAsync(TimeSpan interval, CancellationTokenSource stop)
    {
        using (stop)
        using (var timer = new PeriodicTimer(interval))
        {
            try
            {
                while (await timer.WaitForNextTickAsync(stop.Token).ConfigureAwait(false))
                {
                    await WriteCommentAsync(stop.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                // The stream ended or the client went away.
            }
            catch (IOException)
            {
                // The client went away between two ticks; the request's own loop notices too.
            }
        }
    }

    private async ValueTask WriteAsync(byte[] prefix, Action<PipeWriter>? body, byte[]? suffix, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _output.Write(prefix);
            body?.Invoke(_output);
            if (suffix is not null)
            {
                _output.Write(suffix);
            }

            await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }
}
