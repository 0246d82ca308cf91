using KtPortal.GraphQL.AspNetCore.WebSockets;

namespace KtPortal.GraphQL.AspNetCore;

public sealed partial class GraphQLServerOptions
{
    /// <summary>The graphql-transport-ws WebSocket protocol: timeouts, keep-alive and limits (<c>GraphQL:WebSockets</c>).</summary>
    public GraphQLWebSocketOptions WebSockets { get; set; } = new();
}
