using System.Text.Json;

namespace KtPortal.GraphQL.AspNetCore.WebSockets;

/// <summary>The message types a client may send.</summary>
internal enum ClientMessageType
{
    ConnectionInit,
    Ping,
    Pong,
    Subscribe,
    Complete,
}

/// <summary>
/// One valid client message: its type, the operation id (<c>subscribe</c>, <c>complete</c>), the payload of
/// <c>connection_init</c>, <c>ping</c> and <c>pong</c>, and the request of a <c>subscribe</c>.
/// </summary>
internal sealed record ClientMessage(ClientMessageType Type)
{
    public string? Id { get; init; }

    /// <summary>A copy of the payload object that outlives the receive buffer, or <see langword="null"/>.</summary>
    public JsonElement? Payload { get; init; }

    public GraphQLRequest? Request { get; init; }
}
