using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.AspNetCore.Tests;

public sealed class EndpointSmokeTests
{
    [Fact]
    public async Task MapGraphQL_AnswersOnItsPath()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddGraphQLServer().AddDocumentFromString("type Query { hello: String }");
        builder.Services.AddGraphQLTransports();
        await using var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();

        using var client = app.GetTestClient();
        using var response = await client.GetAsync(new Uri("/graphql?query={hello}", UriKind.Relative));

        Assert.NotEqual(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
