namespace KtPortal.GraphQL.AspNetCore.WebSockets;

/// <summary>How the graphql-transport-ws endpoint treats each socket.</summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>
    /// How long a new socket may wait before it sends <c>connection_init</c>; the socket is then closed with
    /// 4408. Zero or negative waits forever.
    /// </summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How often the server sends a <c>ping</c> message once the connection is acknowledged, so that proxies
    /// keep an idle socket open. Zero or negative sends none.
    /// </summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>
    /// How many operations (subscriptions and queries still running) one socket may have at a time; a
    /// <c>subscribe</c> beyond it gets an <c>error</c> message with code <c>SUBSCRIPTION_LIMIT_EXCEEDED</c>.
    /// Zero or negative means no limit.
    /// </summary>
    public int MaxSubscriptions { get; set; } = 100;

    /// <summary>The largest message a client may send, in bytes; a larger one closes the socket with 1009.</summary>
    public int MaxMessageBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// How often the server repeats the connection's credential check
    /// (<see cref="WebSocketConnectionContext.Revalidate"/>) while the socket is open, so that a revoked token stops
    /// its subscriptions within this time rather than at its expiry. Zero or negative checks only at
    /// <c>connection_init</c>.
    /// </summary>
    public TimeSpan CredentialsRecheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the server waits for the client to answer its close frame before it drops the socket.</summary>
    public TimeSpan CloseHandshakeTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
