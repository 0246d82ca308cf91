using KtPortal.GraphQL.AspNetCore.Persisted;
using KtPortal.GraphQL.AspNetCore.Tests.ServerSentEvents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KtPortal.GraphQL.AspNetCore.Tests.Persisted;

/// <summary>Persisted operations through a real endpoint (graphql-sse), as a client sends them.</summary>
public sealed class PersistedOperationEndpointTests
{
    [Fact]
    public async Task Apq_NotFoundThenRegisterThenReuse()
    {
        await using var host = await SseTestHost.StartAsync();
        var hash = AutomaticPersistedQueryTests.Hash("{ hello }");
        var extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";

        var first = await NextAsync(host, $$"""{"extensions":{{extensions}}}""");
        var register = await NextAsync(host, $$"""{"query":"{ hello }","extensions":{{extensions}}}""");
        var reuse = await NextAsync(host, $$"""{"extensions":{{extensions}}}""");

        Assert.Equal("""{"errors":[{"message":"PersistedQueryNotFound","extensions":{"code":"PERSISTED_QUERY_NOT_FOUND"}}]}""", first);
        Assert.Equal("""{"data":{"hello":"world"}}""", register);
        Assert.Equal("""{"data":{"hello":"world"}}""", reuse);
    }

    [Fact]
    public async Task TrustedDocument_FromARegisteredStorage()
    {
        var storage = new InMemoryOperationDocumentStorage();
        var id = storage.Add("subscription { count(to: 1) }");
        await using var host = await SseTestHost.StartAsync(storage: storage);

        Assert.Equal("""{"data":{"count":1}}""", await NextAsync(host, $$"""{"documentId":"{{id}}"}"""));
        Assert.Equal("""{"data":{"count":1}}""", await NextAsync(host, $$"""{"id":"{{id}}"}"""));
    }

    [Fact]
    public async Task Options_BoundFromConfiguration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GraphQL:PersistedOperations:OnlyTrustedFor:0"] = "web",
            ["GraphQL:PersistedOperations:Directory"] = "trusted",
            ["GraphQL:PersistedOperations:AutomaticPersistedQueryCacheSize"] = "5",
            ["GraphQL:Sse:KeepAliveInterval"] = "00:00:30",
        }).Build();
        var services = new ServiceCollection().AddGraphQLTransports(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;

        Assert.Equal(["web"], options.PersistedOperations.OnlyTrustedFor);
        Assert.Equal("trusted", options.PersistedOperations.Directory);
        Assert.Equal(5, options.PersistedOperations.AutomaticPersistedQueryCacheSize);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Sse.KeepAliveInterval);
    }

    private static async Task<string> NextAsync(SseTestHost host, string body)
    {
        using var response = await SseTransportTests.PostAsync(host, body);
        var events = await new SseEventReader(await response.Content.ReadAsStreamAsync()).ReadToEndAsync();
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        return events[0].Data;
    }
}
