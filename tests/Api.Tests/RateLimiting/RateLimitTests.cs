using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KtPortal.Api.RateLimiting;
using KtPortal.Api.Seed;
using KtPortal.Api.Tests.OAuth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KtPortal.Api.Tests.RateLimiting;

public sealed class RateLimitTests(OAuthServerFixture fixture) : IClassFixture<OAuthServerFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 19, 30, 15, TimeSpan.Zero);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(100, 1)]
    [InlineData(101, 2)]
    [InlineData(10_000, 100)]
    public void Points_are_the_type_cost_per_hundred_at_least_one(double typeCost, long points)
        => Assert.Equal(points, OperationRateLimiter.Points(typeCost, 100));

    [Fact]
    public async Task Every_GraphQL_response_announces_the_budget()
    {
        await using var api = Api(anonymousLimit: 10);
        using var client = api.CreateClient();
        using var response = await client.SendAsync(Post("{ apiVersion }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("10", Header(response, "x-ratelimit-limit"));
        Assert.Equal("1", Header(response, "x-ratelimit-used"));
        Assert.Equal("9", Header(response, "x-ratelimit-remaining"));
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 20, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), Header(response, "x-ratelimit-reset"));

        // A request that never runs an operation is not charged, but still told where it stands.
        using var malformed = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{", Encoding.UTF8, "application/json") });
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("1", Header(malformed, "x-ratelimit-used"));
    }

    [Fact]
    public async Task An_exhausted_budget_is_429_RATE_LIMITED_with_Retry_After_and_nothing_runs()
    {
        await using var api = Api(anonymousLimit: 2);
        using var client = api.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            using var allowed = await client.SendAsync(Post("{ apiVersion }"));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.SendAsync(Post("{ apiVersion }"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal((29 * 60 + 45).ToString(CultureInfo.InvariantCulture), refused.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("2", Header(refused, "x-ratelimit-used"));
        Assert.Equal("0", Header(refused, "x-ratelimit-remaining"));
        using var json = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(OperationRateLimiter.RateLimited, json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(json.RootElement.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Parallel_requests_never_spend_more_than_the_limit_together()
    {
        const int limit = 25;
        await using var api = Api(anonymousLimit: limit);
        using var client = api.CreateClient();
        var statuses = await Task.WhenAll(Enumerable.Range(0, 80).Select(async _ =>
        {
            using var response = await client.SendAsync(Post("{ apiVersion }"));
            return response.StatusCode;
        }));

        Assert.Equal(limit, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(80 - limit, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        using var after = await client.SendAsync(Post("{ apiVersion }"));
        Assert.Equal(limit.ToString(CultureInfo.InvariantCulture), Header(after, "x-ratelimit-used"));
    }

    [Fact]
    public async Task A_client_token_has_its_own_budget_at_the_authenticated_limit()
    {
        await using var api = Api(anonymousLimit: 1);
        using var client = api.CreateClient();
        using var tokenResponse = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/oauth/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
            Headers = { Authorization = OAuthServerFixture.Basic(DemoSeed.PartnerClientId, DemoSeed.PartnerClientSecret) },
        });
        using var token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync());
        for (var i = 0; i < 3; i++)
        {
            using var request = Post("{ apiVersion }");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("access_token").GetString());
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("5000", Header(response, "x-ratelimit-limit"));
            Assert.Equal((i + 1).ToString(CultureInfo.InvariantCulture), Header(response, "x-ratelimit-used"));
        }
    }

    [Fact]
    public async Task A_new_window_starts_from_zero()
    {
        var clock = new FakeTimeProvider(Now);
        var counter = new InMemoryRateLimitCounter(clock);
        Assert.Equal(5, (await counter.IncrementAsync("k", 5, TimeSpan.FromHours(1), default)).Used);
        clock.Advance(TimeSpan.FromMinutes(30));
        var next = await counter.IncrementAsync("k", 2, TimeSpan.FromHours(1), default);
        Assert.Equal(2, next.Used);
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 21, 0, 0, TimeSpan.Zero), next.ResetAt);
    }

    private PortalFactory Api(long anonymousLimit) => new(fixture.Database.ConnectionString, configureServices: services =>
    {
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        services.Configure<RateLimitOptions>(options => options.AnonymousPointsPerWindow = anonymousLimit);
    });

    private static string? Header(HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values) ? values.Single() : null;

    private static HttpRequestMessage Post(string query) => new(HttpMethod.Post, "/graphql")
    {
        Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
    };
}
