using KtPortal.GraphQL.AspNetCore.Persisted;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.AspNetCore.Tests.ServerSentEvents;

/// <summary>An API with the SSE test schema on a test server; each test makes its own.</summary>
internal sealed class SseTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SseTestHost(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<SseTestHost> StartAsync(Action<GraphQLServerOptions>? configure = null, IOperationDocumentStorage? storage = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<SubscriptionProbe>();
        builder.Services
            .AddGraphQLServer()
            .AddQueryType<SseTestQuery>()
            .AddMutationType<SseTestMutation>()
            .AddSubscriptionType<SseTestSubscription>();
        builder.Services.AddGraphQLTransports();
        if (configure is not null)
        {
            builder.Services.Configure(configure);
        }

        if (storage is not null)
        {
            builder.Services.AddSingleton(storage);
        }

        var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        return new SseTestHost(app, app.GetTestClient());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
