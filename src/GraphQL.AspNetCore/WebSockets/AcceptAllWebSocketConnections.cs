namespace KtPortal.GraphQL.AspNetCore.WebSockets;

/// <summary>The interceptor used when none is registered: every connection is accepted.</summary>
internal sealed class AcceptAllWebSocketConnections : IWebSocketConnectionInterceptor
{
    public ValueTask<bool> OnConnectAsync(WebSocketConnectionContext context, CancellationToken cancellationToken) => new(true);
}
