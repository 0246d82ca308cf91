using System.Text.Json;
using KtPortal.GraphQL.AspNetCore.WebSockets;

namespace KtPortal.Api.GraphQL;

/// <summary>
/// The Testing environment's connection interceptor: the real one, except that a <c>connection_init</c> payload
/// holding <c>"testFault": "internal"</c> makes it throw. The conformance suite uses it to provoke close code 4500
/// (Internal server error) on the running API: nothing a well-behaved server does fails on purpose, and this is the
/// only way to reach the socket's own error path from outside. Never registered outside Testing.
/// https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#connectioninit
/// </summary>
internal sealed class FaultInjectingConnectionInterceptor(BearerConnectionInterceptor inner) : IWebSocketConnectionInterceptor
{
    /// <summary>The payload property that asks for a fault.</summary>
    public const string FaultProperty = "testFault";

    public ValueTask<bool> OnConnectAsync(WebSocketConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Payload is { ValueKind: JsonValueKind.Object } payload
            && payload.TryGetProperty(FaultProperty, out var fault)
            && fault.ValueKind == JsonValueKind.String
            && fault.ValueEquals("internal"))
        {
            throw new InvalidOperationException("A fault injected by the Testing environment's connection interceptor.");
        }

        return inner.OnConnectAsync(context, cancellationToken);
    }
}
