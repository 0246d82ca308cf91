using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using KtPortal.Api.GraphQL;
using KtPortal.Api.Seed;
using KtPortal.Api.Tests.OAuth;
using KtPortal.Api.Tests.Tenancy;
using KtPortal.GraphQL.AspNetCore;
using KtPortal.GraphQL.AspNetCore.Authorization;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.Api.Tests.GraphQL;

/// <summary>The viewer query, authorization errors and introspection access, over HTTP and WebSocket against the real host.</summary>
public sealed class ViewerTests(OAuthServerFixture fixture) : IClassFixture<OAuthServerFixture>
{
    [Fact]
    public async Task Viewer_without_a_token_is_null_with_AUTH_NOT_AUTHENTICATED()
    {
        using var json = await PostAsync("{ viewer { isStaff } }", token: null);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("data").GetProperty("viewer").ValueKind);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Viewer_of_the_partner_client_is_its_organization_without_a_user()
    {
        using var json = await PostAsync("{ viewer { user { id } clientId organization { id name kind } scopes isStaff } }", await TokenAsync());
        var viewer = json.RootElement.GetProperty("data").GetProperty("viewer");
        Assert.Equal(JsonValueKind.Null, viewer.GetProperty("user").ValueKind);
        Assert.Equal(DemoSeed.PartnerClientId, viewer.GetProperty("clientId").GetString());
        Assert.Equal("Northwind Partners", viewer.GetProperty("organization").GetProperty("name").GetString());
        Assert.Equal("PARTNER", viewer.GetProperty("organization").GetProperty("kind").GetString());
        Assert.False(viewer.GetProperty("isStaff").GetBoolean());
        var serializer = new NodeIdSerializer();
        Assert.Equal(serializer.Format("Organization", DemoSeed.IdOf("organization", "northwind")), viewer.GetProperty("organization").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Introspection_in_Testing_needs_a_token()
    {
        using var anonymous = await PostAsync("{ __schema { queryType { name } } }", token: null);
        Assert.Equal(ErrorCodes.IntrospectionNotAllowed, anonymous.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        using var signed = await PostAsync("{ __schema { queryType { name } } }", await TokenAsync());
        Assert.Equal("Query", signed.RootElement.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Introspection_in_Development_is_open_to_anonymous_callers()
    {
        await using var development = new PortalFactory(fixture.Database.ConnectionString, environment: "Development");
        using var client = development.CreateClient();
        using var response = await client.SendAsync(Post("{ __schema { queryType { name } } }", null));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Query", json.RootElement.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Viewer_of_a_user_has_their_memberships_and_node_hides_foreign_tenants()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var user = TenantFixture.Principal(DemoSeed.IdOf("user", "member@acme.test").ToString("D"), DemoSeed.SpaClientId, DemoSeed.IdOf("organization", "acme"));
        var ids = new NodeIdSerializer();
        var query = $$"""
            {
              viewer { user { email displayName } organization { name } memberships { organization { slug members { user { email } role } } role } isStaff }
              acme: node(id: "{{ids.Format("Organization", DemoSeed.IdOf("organization", "acme"))}}") { ... on Organization { slug } }
              globex: node(id: "{{ids.Format("Organization", DemoSeed.IdOf("organization", "globex"))}}") { ... on Organization { slug } }
              stranger: node(id: "{{ids.Format("User", DemoSeed.IdOf("user", "owner@globex.test"))}}") { ... on User { email } }
            }
            """;
        var result = await PortalGraphQL.Executor(scope.ServiceProvider).ExecuteAsync(new OperationRequest
        {
            Query = query,
            Services = scope.ServiceProvider,
            ContextData = new Dictionary<string, object?> { [GraphQLContextData.User] = user },
        });

        Assert.Equal(
            """{"data":{"viewer":{"user":{"email":"member@acme.test","displayName":"Max Member"},"organization":{"name":"Acme Corporation"},"memberships":[{"organization":{"slug":"acme","members":[{"user":{"email":"member@acme.test"},"role":"MEMBER"},{"user":{"email":"owner@acme.test"},"role":"OWNER"}]},"role":"MEMBER"}],"isStaff":false},"acme":{"slug":"acme"},"globex":null,"stranger":null}}""",
            Assert.IsType<OperationResult>(result).ToJson());
    }

    [Fact]
    public async Task WebSocket_connection_init_with_an_invalid_token_is_closed_with_4403()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, """{"type":"connection_init","payload":{"authorization":"Bearer not-a-token"}}""");
        var (type, _) = await ReceiveAsync(socket);
        Assert.Equal(WebSocketMessageType.Close, type);
        Assert.Equal(4403, (int)socket.CloseStatus!.Value);
    }

    [Fact]
    public async Task WebSocket_connection_init_with_a_token_authenticates_every_operation()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, $$$"""{"type":"connection_init","payload":{"token":"{{{await TokenAsync()}}}"}}""");
        Assert.Contains("connection_ack", (await ReceiveAsync(socket)).Text, StringComparison.Ordinal);
        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"{ viewer { clientId } }"}}""");
        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"viewer":{"clientId":"partner-demo"}}}}""", (await ReceiveAsync(socket)).Text);
    }

    [Fact]
    public async Task WebSocket_is_closed_with_4403_when_its_token_expires()
    {
        // The Testing client's tokens live 3 s: the subscription must not outlive the token that authorized it.
        using var socket = await ConnectAsync();
        await SendAsync(socket, $$$"""{"type":"connection_init","payload":{"token":"{{{await TokenAsync(DemoSeed.ShortLivedClientId)}}}"}}""");
        Assert.Contains("connection_ack", (await ReceiveAsync(socket)).Text, StringComparison.Ordinal);
        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"subscription { serverTime(intervalMilliseconds: 500) }"}}""");

        WebSocketMessageType type;
        do
        {
            (type, _) = await ReceiveAsync(socket);
        }
        while (type != WebSocketMessageType.Close);

        Assert.Equal(4403, (int)socket.CloseStatus!.Value);
        Assert.Equal("Credentials expired", socket.CloseStatusDescription);
    }

    [Fact]
    public async Task WebSocket_is_closed_with_4403_when_its_token_is_revoked()
    {
        // The check repeats every 200 ms here (30 s by default): a revoked token must not keep its subscriptions.
        await using var quick = new PortalFactory(fixture.Database.ConnectionString, configureServices: services =>
            services.Configure<GraphQLServerOptions>(options => options.WebSockets.CredentialsRecheckInterval = TimeSpan.FromMilliseconds(200)));
        var token = await TokenAsync();
        using var socket = await ConnectAsync(quick);
        await SendAsync(socket, $$$"""{"type":"connection_init","payload":{"token":"{{{token}}}"}}""");
        Assert.Contains("connection_ack", (await ReceiveAsync(socket)).Text, StringComparison.Ordinal);
        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"subscription { serverTime(intervalMilliseconds: 100) }"}}""");
        Assert.Contains("\"type\":\"next\"", (await ReceiveAsync(socket)).Text, StringComparison.Ordinal);

        // Still open after several checks while the token is active.
        await Task.Delay(700);
        Assert.Equal(WebSocketState.Open, socket.State);

        using (var revoke = await fixture.PostFormAsync("/oauth/revoke", [new("token", token)],
            OAuthServerFixture.Basic(DemoSeed.PartnerClientId, DemoSeed.PartnerClientSecret)))
        {
            Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        }

        WebSocketMessageType type;
        do
        {
            (type, _) = await ReceiveAsync(socket);
        }
        while (type != WebSocketMessageType.Close);

        Assert.Equal(4403, (int)socket.CloseStatus!.Value);
        Assert.Equal("Credentials revoked", socket.CloseStatusDescription);
    }

    [Theory]
    [InlineData(false, "Credentials revoked")]
    [InlineData(true, "Credentials expired")]
    public async Task An_event_stream_ends_when_its_token_is_revoked_or_expires(bool shortLived, string reason)
    {
        await using var quick = new PortalFactory(fixture.Database.ConnectionString, configureServices: services =>
            services.Configure<GraphQLServerOptions>(options => options.Sse.CredentialsRecheckInterval = TimeSpan.FromMilliseconds(200)));
        using var client = quick.CreateClient();

        // The host starts and builds its schema on its first request, which can take seconds on a loaded machine; the
        // short-lived token (3 s) is asked for only after that, so that it expires during the stream, not before it.
        using (var warmUpRequest = Post("{ __typename }", token: null))
        using (var warmUp = await client.SendAsync(warmUpRequest))
        {
            Assert.Equal(HttpStatusCode.OK, warmUp.StatusCode);
        }

        var token = await TokenAsync(shortLived ? DemoSeed.ShortLivedClientId : DemoSeed.PartnerClientId);
        using var request = Post("subscription { serverTime(intervalMilliseconds: 100) }", token);
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        async Task<string> NextDataAsync()
        {
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("data:", StringComparison.Ordinal))
                {
                    return line["data:".Length..].Trim();
                }
            }

            return "(end of stream)";
        }

        Assert.Contains("serverTime", await NextDataAsync(), StringComparison.Ordinal);
        if (!shortLived)
        {
            using var revoke = await fixture.PostFormAsync("/oauth/revoke", [new("token", token)],
                OAuthServerFixture.Basic(DemoSeed.PartnerClientId, DemoSeed.PartnerClientSecret));
            Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        }

        string data;
        do
        {
            data = await NextDataAsync();
        }
        while (data.Contains("serverTime", StringComparison.Ordinal));

        Assert.Equal($$$"""{"errors":[{"message":"{{{reason}}}","extensions":{"code":"AUTH_NOT_AUTHENTICATED"}}]}""", data);
        Assert.Equal(string.Empty, await NextDataAsync()); // the complete event's empty data line
        Assert.Equal("(end of stream)", await NextDataAsync());
    }

    [Fact]
    public async Task WebSocket_without_a_token_is_anonymous()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, """{"type":"connection_init"}""");
        Assert.Contains("connection_ack", (await ReceiveAsync(socket)).Text, StringComparison.Ordinal);
        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"{ viewer { clientId } }"}}""");
        Assert.Contains("AUTH_NOT_AUTHENTICATED", (await ReceiveAsync(socket)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_reads_with_api_read_and_writes_with_api_write_whatever_the_fields()
    {
        const string Mutation = """mutation { markNotificationsRead(input: {}) { __typename } }""";
        var reader = await TokenAsync(scope: "api:read");
        var writer = await TokenAsync(scope: "api:write");

        using (var read = await PostAsync("{ viewer { clientId } }", reader))
        {
            Assert.Equal("partner-demo", read.RootElement.GetProperty("data").GetProperty("viewer").GetProperty("clientId").GetString());
        }

        // Refused as a whole before anything runs: no data at all, 403 with the GraphQL response media type.
        var (status, refused) = await PostWithStatusAsync(Mutation, reader);
        using (refused)
        {
            Assert.Equal(HttpStatusCode.Forbidden, status);
            Assert.False(refused.RootElement.TryGetProperty("data", out _));
            var error = Assert.Single(refused.RootElement.GetProperty("errors").EnumerateArray());
            Assert.Equal("AUTH_NOT_AUTHORIZED", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal(["api:write"], error.GetProperty("extensions").GetProperty("missingScopes").EnumerateArray().Select(s => s.GetString()));
        }

        var (readStatus, notRead) = await PostWithStatusAsync("{ apiVersion viewer { clientId } }", writer);
        using (notRead)
        {
            Assert.Equal(HttpStatusCode.Forbidden, readStatus);
            Assert.Equal(["api:read"], notRead.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("missingScopes").EnumerateArray().Select(s => s.GetString()));
        }

        using var written = await PostAsync(Mutation, writer);
        Assert.False(written.RootElement.TryGetProperty("errors", out _), written.RootElement.GetRawText());

        // Anonymous callers are left to the field rules.
        using var anonymous = await PostAsync("{ apiVersion }", token: null);
        Assert.True(anonymous.RootElement.GetProperty("data").TryGetProperty("apiVersion", out _));
    }

    [Fact]
    public async Task A_subscription_over_WebSocket_needs_api_read()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, $$$"""{"type":"connection_init","payload":{"token":"{{{await TokenAsync(scope: "api:write")}}}"}}""");
        Assert.Contains("connection_ack", (await ReceiveAsync(socket)).Text, StringComparison.Ordinal);
        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"subscription { serverTime(intervalMilliseconds: 100, count: 1) }"}}""");

        var (_, text) = await ReceiveAsync(socket);
        Assert.StartsWith("""{"id":"1","type":"error","payload":[""", text, StringComparison.Ordinal);
        Assert.Contains("AUTH_NOT_AUTHORIZED", text, StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, JsonDocument Json)> PostWithStatusAsync(string query, string token)
    {
        using var client = fixture.Factory.CreateClient();
        using var request = Post(query, token);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()));
    }

    private Task<WebSocket> ConnectAsync() => ConnectAsync(fixture.Factory);

    private static async Task<WebSocket> ConnectAsync(PortalFactory factory)
    {
        var client = factory.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        return await client.ConnectAsync(new Uri(factory.Server.BaseAddress, "graphql"), CancellationToken.None);
    }

    private static Task SendAsync(WebSocket socket, string text)
        => socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<(WebSocketMessageType Type, string Text)> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[16_384];
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return (result.MessageType, Encoding.UTF8.GetString(buffer, 0, result.Count));
    }

    private async Task<string> TokenAsync(string clientId = DemoSeed.PartnerClientId, string? scope = null)
    {
        List<KeyValuePair<string, string>> form = [new("grant_type", "client_credentials")];
        if (scope is not null)
        {
            form.Add(new("scope", scope));
        }

        using var response = await fixture.PostFormAsync("/oauth/token", form, OAuthServerFixture.Basic(clientId, DemoSeed.PartnerClientSecret));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    private async Task<JsonDocument> PostAsync(string query, string? token)
    {
        using var client = fixture.Factory.CreateClient();
        using var response = await client.SendAsync(Post(query, token));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static HttpRequestMessage Post(string query, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }
}
