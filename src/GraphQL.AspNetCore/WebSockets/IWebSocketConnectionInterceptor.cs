namespace KtPortal.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Decides whether a graphql-transport-ws connection is accepted when its <c>connection_init</c> arrives, and
/// sets the request state every operation on that socket sees. Register one in the container; the default
/// accepts every connection.
/// </summary>
public interface IWebSocketConnectionInterceptor
{
    /// <summary>
    /// Accepts (<see langword="true"/>: the server answers <c>connection_ack</c>) or rejects
    /// (<see langword="false"/>: the socket is closed with 4403 Forbidden) the connection.
    /// </summary>
    /// <param name="context">The socket's HTTP request, the <c>connection_init</c> payload and the state to fill.</param>
    /// <param name="cancellationToken">Fires when the socket closes.</param>
    ValueTask<bool> OnConnectAsync(WebSocketConnectionContext context, CancellationToken cancellationToken);
}
