using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.AspNetCore.Tests.ServerSentEvents;

public sealed class SseTransportTests
{
    private static readonly Uri Endpoint = new("/graphql", UriKind.Relative);

    [Fact]
    public async Task Query_OneNextThenComplete()
    {
        await using var host = await SseTestHost.StartAsync();
        using var response = await PostAsync(host, """{"query":"{ hello }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(
            [new SseEvent("next", """{"data":{"hello":"world"}}"""), new SseEvent("complete", "")],
            await ReadEventsAsync(response));
    }

    [Fact]
    public async Task Mutation_OneNextThenComplete()
    {
        await using var host = await SseTestHost.StartAsync();
        using var response = await PostAsync(host, """{"query":"mutation { increment }"}""");

        Assert.Equal(
            [new SseEvent("next", """{"data":{"increment":1}}"""), new SseEvent("complete", "")],
            await ReadEventsAsync(response));
    }

    [Fact]
    public async Task Subscription_OneNextPerEventThenComplete()
    {
        await using var host = await SseTestHost.StartAsync();
        using var response = await PostAsync(host, """{"query":"subscription ($to: Int!) { count(to: $to) }","variables":{"to":3}}""");

        Assert.Equal(
            [
                new SseEvent("next", """{"data":{"count":1}}"""),
                new SseEvent("next", """{"data":{"count":2}}"""),
                new SseEvent("next", """{"data":{"count":3}}"""),
                new SseEvent("complete", ""),
            ],
            await ReadEventsAsync(response));
    }

    [Fact]
    public async Task Get_QueryFromTheQueryString()
    {
        await using var host = await SseTestHost.StartAsync();
        using var response = await GetAsync(host, "/graphql?query=" + Uri.EscapeDataString("subscription { count(to: 1) }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            [new SseEvent("next", """{"data":{"count":1}}"""), new SseEvent("complete", "")],
            await ReadEventsAsync(response));
    }

    [Fact]
    public async Task Get_Mutation_405WithAllowPost()
    {
        await using var host = await SseTestHost.StartAsync();
        using var response = await GetAsync(host, "/graphql?query=" + Uri.EscapeDataString("mutation { increment }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }

    [Fact]
    public async Task ValidationError_NextWithErrorsOnTheAcceptedStream()
    {
        await using var host = await SseTestHost.StartAsync();
        using var response = await PostAsync(host, """{"query":"{ nope }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = await ReadEventsAsync(response);
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        using var result = JsonDocument.Parse(events[0].Data);
        Assert.False(result.RootElement.TryGetProperty("data", out _));
        Assert.Equal("VALIDATION_FAILED", result.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task SyntaxError_NextWithErrorsOnTheAcceptedStream()
    {
        await using var host = await SseTestHost.StartAsync();
        using var response = await PostAsync(host, """{"query":"{"}""");

        var events = await ReadEventsAsync(response);
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        Assert.Contains("SYNTAX_ERROR", events[0].Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubscriptionThatCannotStart_NextWithErrors()
    {
        await using var host = await SseTestHost.StartAsync();
        using var response = await PostAsync(host, """{"query":"subscription ($to: Int!) { count(to: $to) }"}""");

        var events = await ReadEventsAsync(response);
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        Assert.Contains("VARIABLE_INVALID", events[0].Data, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("""{"query":1}""")]
    [InlineData("""{"query":"{ hello }","variables":[]}""")]
    [InlineData("""{"query":"{ hello }","extensions":"x"}""")]
    public async Task UnreadableBody_400WithJsonError(string body)
    {
        await using var host = await SseTestHost.StartAsync();
        using var response = await PostAsync(host, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(result.RootElement.GetProperty("errors")[0].GetProperty("message").GetString()));
    }

    [Fact]
    public async Task WrongContentType_415()
    {
        await using var host = await SseTestHost.StartAsync();
        using var response = await PostAsync(host, "query=%7Bhello%7D", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task BodyOverTheLimit_413()
    {
        await using var host = await SseTestHost.StartAsync(options => options.Http.MaxRequestBytes = 64);
        using var response = await PostAsync(host, "{\"query\":\"{ hello }\",\"variables\":{\"padding\":\"" + new string('x', 100) + "\"}}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Batch_RefusedEvenWhenBatchingIsOn()
    {
        await using var host = await SseTestHost.StartAsync(options => options.Http.EnableBatching = true);
        using var response = await PostAsync(host, """[{"query":"{ hello }"}]""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OtherOrigin_GetsTheCorsHeadersOfTheHttpPolicy()
    {
        await using var host = await SseTestHost.StartAsync(options => options.Http.Cors.AllowedOrigins = ["https://app.example"]);
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        request.Headers.Add("Origin", "https://app.example");
        using var response = await host.Client.SendAsync(request);

        Assert.Equal("https://app.example", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Put_405()
    {
        await using var host = await SseTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, Endpoint);
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task ClientDisconnect_ReleasesTheSubscription()
    {
        await using var host = await SseTestHost.StartAsync();
        var probe = host.Services.GetRequiredService<SubscriptionProbe>();
        var response = await PostAsync(host, """{"query":"subscription { forever }"}""");
        var stream = await response.Content.ReadAsStreamAsync();
        var reader = new SseEventReader(stream);
        Assert.Equal(new SseEvent("next", """{"data":{"forever":1}}"""), await ReadNonCommentAsync(reader));

        response.Dispose();

        // Completes only once the server released the source stream; the bound is a safety net, not an assertion.
        await probe.Released.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task IdleStream_SendsKeepAliveComments()
    {
        await using var host = await SseTestHost.StartAsync(options => options.Sse.KeepAliveInterval = TimeSpan.FromMilliseconds(10));
        using var response = await PostAsync(host, """{"query":"subscription { silent }"}""");
        var reader = new SseEventReader(await response.Content.ReadAsStreamAsync());

        // The first comment is sent when the stream opens; the second can only come from the keep-alive.
        Assert.Equal(":", (await reader.ReadAsync())?.Event);
        Assert.Equal(":", (await reader.ReadAsync())?.Event);
    }

    [Fact]
    public async Task WithoutEventStreamAccept_NotHandledAsSse()
    {
        await using var host = await SseTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await host.Client.SendAsync(request);

        Assert.NotEqual("text/event-stream", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<SseEvent?> ReadNonCommentAsync(SseEventReader reader)
    {
        while (await reader.ReadAsync() is { } item)
        {
            if (item.Event != ":")
            {
                return item;
            }
        }

        return null;
    }

    private static async Task<List<SseEvent>> ReadEventsAsync(HttpResponseMessage response) =>
        await new SseEventReader(await response.Content.ReadAsStreamAsync()).ReadToEndAsync();

    internal static Task<HttpResponseMessage> PostAsync(SseTestHost host, string body, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(contentType)),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        return host.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    private static Task<HttpResponseMessage> GetAsync(SseTestHost host, string uri)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(uri, UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/event-stream");
        return host.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }
}
