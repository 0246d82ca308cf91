namespace KtPortal.GraphQL.AspNetCore.WebSockets;

/// <summary>One operation started by a <c>subscribe</c> message, until it completes or the client completes it.</summary>
internal sealed class WebSocketOperation : IDisposable
{
    private readonly CancellationTokenSource _cancellation;

    public WebSocketOperation(string id, CancellationToken connectionClosed)
    {
        Id = id;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(connectionClosed);
    }

    public string Id { get; }

    /// <summary>Fires when the client completes the operation or the socket closes.</summary>
    public CancellationToken Cancelled => _cancellation.Token;

    /// <summary>The task running the operation; set once it has started.</summary>
    public Task Completion { get; set; } = Task.CompletedTask;

    public void Cancel()
    {
        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The operation already finished.
        }
    }

    public void Dispose() => _cancellation.Dispose();
}
