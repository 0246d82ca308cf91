using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.AspNetCore.Tests.Http;

/// <summary>The <c>GraphQL-Cost</c> header asks for the operation's cost, as in HotChocolate.</summary>
public sealed class HttpCostHeaderTests
{
    [Fact]
    public async Task Report_RunsTheOperation_AndTheResponseCarriesTheCost()
    {
        await using var app = await StartAsync();
        using var response = await SendAsync(app, """{"query":"{ items(take: 3) { name } }"}""", "report");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """{"data":{"items":[{"name":"item 0"},{"name":"item 1"},{"name":"item 2"}]},"extensions":{"operationCost":{"fieldCost":4,"typeCost":4}}}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Validate_ReportsTheCost_WithoutRunningTheOperation()
    {
        CostQuery.Calls = 0;
        await using var app = await StartAsync();
        using var response = await SendAsync(app, """{"query":"{ items(take: 3) { name } }"}""", "validate");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"extensions":{"operationCost":{"fieldCost":4,"typeCost":4}}}""", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, CostQuery.Calls);
    }

    [Fact]
    public async Task WithoutTheHeader_NoCostIsReported()
    {
        await using var app = await StartAsync();
        using var response = await SendAsync(app, """{"query":"{ items(take: 1) { name } }"}""", costHeader: null);

        Assert.Equal("""{"data":{"items":[{"name":"item 0"}]}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task OverTheLimit_IsARequestError_WithTheFiguresAndTheCost(string accept, HttpStatusCode expected)
    {
        await using var app = await StartAsync();
        using var response = await SendAsync(app, """{"query":"query($n: Int!) { items(take: $n) { name } }","variables":{"n":2000}}""", "report", accept);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(
            """{"errors":[{"message":"The maximum allowed field cost was exceeded.","extensions":{"code":"COST_LIMIT_EXCEEDED","fieldCost":2001,"typeCost":2001,"maxFieldCost":1000,"maxTypeCost":10000}}],"extensions":{"operationCost":{"fieldCost":2001,"typeCost":2001}}}""",
            await response.Content.ReadAsStringAsync());
    }

    private static async Task<WebApplication> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddGraphQLServer().AddQueryType<CostQuery>();
        builder.Services.AddGraphQLTransports(builder.Configuration);
        var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        return app;
    }

    private static async Task<HttpResponseMessage> SendAsync(WebApplication app, string body, string? costHeader, string accept = "application/graphql-response+json")
    {
        using var request = HttpTestServer.Post(body, accept);
        if (costHeader is not null)
        {
            request.Headers.Add("GraphQL-Cost", costHeader);
        }

        return await app.GetTestClient().SendAsync(request);
    }

    public sealed class CostQuery
    {
        public static int Calls { get; set; }

        [ListSize(SlicingArguments = ["take"])]
        public CostItem[] Items(int take)
        {
            Calls++;
            return [.. Enumerable.Range(0, take).Select(i => new CostItem($"item {i}"))];
        }
    }

    public sealed record CostItem([property: Cost(1)] string Name);
}
