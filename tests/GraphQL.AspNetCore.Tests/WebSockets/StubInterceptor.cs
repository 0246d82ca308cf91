using KtPortal.GraphQL.AspNetCore.WebSockets;

namespace KtPortal.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>An interceptor whose decision a test gives as a function.</summary>
internal sealed class StubInterceptor(Func<WebSocketConnectionContext, bool> decide) : IWebSocketConnectionInterceptor
{
    public ValueTask<bool> OnConnectAsync(WebSocketConnectionContext context, CancellationToken cancellationToken) =>
        new(decide(context));
}
