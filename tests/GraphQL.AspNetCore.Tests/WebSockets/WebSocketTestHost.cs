using System.Net.WebSockets;
using KtPortal.GraphQL.AspNetCore.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>An in-memory API serving the test schema at /graphql, with WebSocket options a test may change.</summary>
internal sealed class WebSocketTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebSocketTestHost(WebApplication app) => _app = app;

    public SubscriptionProbe Probe => _app.Services.GetRequiredService<SubscriptionProbe>();

    public static async Task<WebSocketTestHost> StartAsync(
        Action<GraphQLWebSocketOptions>? configure = null,
        IWebSocketConnectionInterceptor? interceptor = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<SubscriptionProbe>();
        builder.Services.AddGraphQLServer()
            .AddQueryType<WebSocketTestQuery>()
            .AddSubscriptionType<WebSocketTestSubscription>();
        if (interceptor is not null)
        {
            builder.Services.AddSingleton(interceptor);
        }

        builder.Services.AddGraphQLTransports();
        builder.Services.Configure<GraphQLServerOptions>(options =>
        {
            options.WebSockets.KeepAliveInterval = TimeSpan.Zero;
            configure?.Invoke(options.WebSockets);
        });
        var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        return new WebSocketTestHost(app);
    }

    /// <summary>Opens a socket offering <paramref name="subProtocols"/> (graphql-transport-ws by default).</summary>
    public async Task<ProtocolClient> ConnectAsync(params string[] subProtocols)
    {
        var client = _app.GetTestServer().CreateWebSocketClient();
        foreach (var protocol in subProtocols.Length == 0 ? [WebSocketTransport.SubProtocol] : subProtocols)
        {
            client.SubProtocols.Add(protocol);
        }

        WebSocket socket = await client.ConnectAsync(new Uri(_app.GetTestServer().BaseAddress, "graphql"), ProtocolClient.Deadline());
        return new ProtocolClient(socket);
    }

    /// <summary>Opens a socket and completes the connection_init / connection_ack handshake.</summary>
    public async Task<ProtocolClient> ConnectAndInitialiseAsync()
    {
        var client = await ConnectAsync();
        await client.SendAsync("""{"type":"connection_init"}""");
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
        return client;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
