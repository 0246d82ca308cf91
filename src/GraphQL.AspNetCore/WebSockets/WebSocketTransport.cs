using KtPortal.GraphQL.AspNetCore.Persisted;
using KtPortal.GraphQL.Execution;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KtPortal.GraphQL.AspNetCore.WebSockets;

/// <summary>The graphql-transport-ws WebSocket protocol.</summary>
// https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md
internal sealed class WebSocketTransport
{
    /// <summary>The only subprotocol served.</summary>
    public const string SubProtocol = "graphql-transport-ws";

    private readonly GraphQLWebSocketOptions _options;
    private readonly OperationRequestFactory _requests;
    private readonly ILogger<WebSocketTransport> _logger;

    public WebSocketTransport(IOptions<GraphQLServerOptions> options, OperationRequestFactory requests, ILogger<WebSocketTransport> logger)
    {
        _options = options.Value.WebSockets;
        _requests = requests;
        _logger = logger;
    }

    public static void AddServices(IServiceCollection services)
    {
        services.AddSingleton<WebSocketTransport>();
        services.TryAddSingleton<IWebSocketConnectionInterceptor, AcceptAllWebSocketConnections>();
        services.AddTransient<IStartupFilter, WebSocketStartupFilter>();
    }

    public static bool Accepts(HttpContext context) => context.WebSockets.IsWebSocketRequest;

    public static void MapAssets(IEndpointRouteBuilder endpoints, string path)
    {
    }

    public async Task HandleAsync(HttpContext context)
    {
        // https://www.rfc-editor.org/rfc/rfc6455#section-4.2.2: a server that speaks none of the offered
        // subprotocols refuses the handshake instead of opening a socket it would close at once.
        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol, StringComparer.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"Subprotocol not acceptable: this endpoint speaks {SubProtocol} only.").ConfigureAwait(false);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext { SubProtocol = SubProtocol }).ConfigureAwait(false);
        var services = context.RequestServices;
        await using var session = new GraphQLWebSocketSession(
            context,
            socket,
            _options,
            _requests,
            services.GetRequiredService<IRequestExecutor>(),
            services.GetRequiredService<IWebSocketConnectionInterceptor>(),
            _logger);
        await session.RunAsync().ConfigureAwait(false);
    }
}
