namespace KtPortal.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>A subscribe payload goes through the same persisted-operation resolution as HTTP.</summary>
public sealed class WebSocketPersistedOperationTests
{
    [Fact]
    public async Task UnknownDocumentId_YieldsAnErrorMessage()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using var client = await host.ConnectAndInitialiseAsync();
        var id = "sha256:" + new string('0', 64);

        await client.SendAsync($$$"""{"id":"1","type":"subscribe","payload":{"documentId":"{{{id}}}"}}""");

        var error = await client.ReceiveAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("PERSISTED_OPERATION_NOT_FOUND", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task AutomaticPersistedQuery_IsRegistered_ThenRunByHashAlone()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using var client = await host.ConnectAndInitialiseAsync();
        const string Query = "{ hello }";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Query)));
        var extensions = $$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{hash}}}"}}""";

        await client.SendAsync($$$"""{"id":"1","type":"subscribe","payload":{"extensions":{{{extensions}}}}}""");
        var notFound = await client.ReceiveAsync();
        Assert.Equal("error", notFound.GetProperty("type").GetString());
        Assert.Equal("PersistedQueryNotFound", notFound.GetProperty("payload")[0].GetProperty("message").GetString());

        await client.SendAsync($$$"""{"id":"2","type":"subscribe","payload":{"query":"{{{Query}}}","extensions":{{{extensions}}}}}""");
        Assert.Equal("next", (await client.ReceiveAsync()).GetProperty("type").GetString());
        Assert.Equal("complete", (await client.ReceiveAsync()).GetProperty("type").GetString());

        await client.SendAsync($$$"""{"id":"3","type":"subscribe","payload":{"extensions":{{{extensions}}}}}""");
        Assert.Equal("""{"id":"3","type":"next","payload":{"data":{"hello":"world"}}}""", (await client.ReceiveAsync()).GetRawText());
    }
}
