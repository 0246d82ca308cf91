using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace KtPortal.GraphQL.AspNetCore.WebSockets;

/// <summary>What an <see cref="IWebSocketConnectionInterceptor"/> sees of a connection being initialised.</summary>
public sealed class WebSocketConnectionContext
{
    internal WebSocketConnectionContext(HttpContext httpContext, JsonElement? payload)
    {
        HttpContext = httpContext;
        Payload = payload;
    }

    /// <summary>The HTTP request that opened the socket (headers, user, services of the socket's lifetime).</summary>
    public HttpContext HttpContext { get; }

    /// <summary>The <c>connection_init</c> payload (a JSON object), or <see langword="null"/> when none was sent.</summary>
    public JsonElement? Payload { get; }

    /// <summary>
    /// Request state added to <c>ContextData</c> of every operation run on this socket, for example the
    /// signed-in user.
    /// </summary>
    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>
    /// When the connection's credentials expire, if they do. At that time the server closes the socket with 4403
    /// (<c>Credentials expired</c>), so that a subscription never outlives the token that authorized it; the
    /// graphql-ws client retries on 4403 and builds a fresh <c>connection_init</c> payload for the new socket.
    /// </summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>
    /// Checks again that the connection's credentials still hold (a token not revoked, an account not removed). The
    /// server calls it every <see cref="GraphQLWebSocketOptions.CredentialsRecheckInterval"/> while the socket is open;
    /// when it answers <see langword="false"/>, the socket is closed with 4403 (<c>Credentials revoked</c>). A check
    /// that throws is logged and tried again at the next interval. <see langword="null"/> (the default): checked at
    /// <c>connection_init</c> only.
    /// </summary>
    public Func<CancellationToken, ValueTask<bool>>? Revalidate { get; set; }
}
