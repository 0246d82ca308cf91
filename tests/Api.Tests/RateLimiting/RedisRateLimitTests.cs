using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using KtPortal.Api.Infrastructure.Redis;
using KtPortal.Api.RateLimiting;
using KtPortal.Api.Tests.Infrastructure.Redis;
using KtPortal.Api.Tests.OAuth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace KtPortal.Api.Tests.RateLimiting;

/// <summary>Two API hosts on one Redis, as two nodes behind a load balancer, spending one budget.</summary>
public sealed class RedisRateLimitTests(OAuthServerFixture fixture) : IClassFixture<OAuthServerFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 19, 30, 15, TimeSpan.Zero);
    private static readonly string ResetAt = new DateTimeOffset(2026, 12, 6, 20, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task With_Redis_the_API_counts_in_Redis_and_without_it_in_memory()
    {
        await using var shared = Host(TestRedis.Endpoint, TestRedis.UniqueName("ratelimit") + ":", anonymousLimit: 10);
        await using var alone = new PortalFactory(fixture.Database.ConnectionString);

        Assert.IsType<RedisRateLimitCounter>(shared.Services.GetRequiredService<IRateLimitCounter>());
        Assert.IsType<InMemoryRateLimitCounter>(alone.Services.GetRequiredService<IRateLimitCounter>());
    }

    [Fact]
    public async Task Requests_alternating_between_two_hosts_spend_one_budget_and_the_429_comes_at_the_same_total()
    {
        const int limit = 6;
        var prefix = TestRedis.UniqueName("ratelimit") + ":";
        await using var hostA = Host(TestRedis.Endpoint, prefix, limit);
        await using var hostB = Host(TestRedis.Endpoint, prefix, limit);
        using var clientA = hostA.CreateClient();
        using var clientB = hostB.CreateClient();

        for (var i = 0; i < limit; i++)
        {
            using var allowed = await (i % 2 == 0 ? clientA : clientB).SendAsync(Post("{ apiVersion }"));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            Assert.Equal((i + 1).ToString(CultureInfo.InvariantCulture), Header(allowed, "x-ratelimit-used"));
            Assert.Equal((limit - i - 1).ToString(CultureInfo.InvariantCulture), Header(allowed, "x-ratelimit-remaining"));
            // The same fixed window as the in-memory counter: it ends on the hour.
            Assert.Equal(ResetAt, Header(allowed, "x-ratelimit-reset"));
        }

        foreach (var client in new[] { clientA, clientB })
        {
            using var refused = await client.SendAsync(Post("{ apiVersion }"));
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal((29 * 60 + 45).ToString(CultureInfo.InvariantCulture), refused.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(limit.ToString(CultureInfo.InvariantCulture), Header(refused, "x-ratelimit-used"));
            Assert.Equal("0", Header(refused, "x-ratelimit-remaining"));
            using var json = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
            Assert.Equal(OperationRateLimiter.RateLimited, json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task Parallel_requests_across_two_hosts_never_spend_more_than_the_limit_together()
    {
        const int limit = 25;
        var prefix = TestRedis.UniqueName("ratelimit") + ":";
        await using var hostA = Host(TestRedis.Endpoint, prefix, limit);
        await using var hostB = Host(TestRedis.Endpoint, prefix, limit);
        using var clientA = hostA.CreateClient();
        using var clientB = hostB.CreateClient();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 80).Select(async i =>
        {
            using var response = await (i % 2 == 0 ? clientA : clientB).SendAsync(Post("{ apiVersion }"));
            return response.StatusCode;
        }));

        Assert.Equal(limit, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(80 - limit, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        // Every refused operation gave its point back: the count is exactly the limit, seen from either host.
        using var afterA = await clientA.SendAsync(Post("{ apiVersion }"));
        using var afterB = await clientB.SendAsync(Post("{ apiVersion }"));
        Assert.Equal(limit.ToString(CultureInfo.InvariantCulture), Header(afterA, "x-ratelimit-used"));
        Assert.Equal(limit.ToString(CultureInfo.InvariantCulture), Header(afterB, "x-ratelimit-used"));
    }

    [Fact]
    public async Task While_Redis_is_down_requests_fail_open_to_the_hosts_own_counters_and_Redis_counts_again_once_it_is_back()
    {
        const int limit = 2;
        await using var server = await RedisServerProcess.StartAsync();
        await using var host = Host(server.Endpoint, TestRedis.UniqueName("ratelimit") + ":", limit);
        using var client = host.CreateClient();
        var counter = Assert.IsType<RedisRateLimitCounter>(host.Services.GetRequiredService<IRateLimitCounter>());
        using (var first = await client.SendAsync(Post("{ apiVersion }")))
        {
            Assert.Equal("1", Header(first, "x-ratelimit-used"));
        }

        await server.StopAsync();

        // Not a 500 nor a 503: the host counts alone, from zero, and still refuses past the limit.
        for (var i = 1; i <= limit; i++)
        {
            using var allowed = await client.SendAsync(Post("{ apiVersion }"));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            Assert.Equal(i.ToString(CultureInfo.InvariantCulture), Header(allowed, "x-ratelimit-used"));
            Assert.Equal(ResetAt, Header(allowed, "x-ratelimit-reset"));
        }

        using (var refused = await client.SendAsync(Post("{ apiVersion }")))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        }

        Assert.True(counter.IsDegraded);

        await server.StartAgainAsync();
        var connection = host.Services.GetRequiredService<IRedisConnection>();
        await RedisTestKit.WaitUntilAsync(() => connection.IsConnected);

        // The restarted server kept nothing, so Redis's count starts again (the host's own would have refused).
        using var back = await client.SendAsync(Post("{ apiVersion }"));
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal("1", Header(back, "x-ratelimit-used"));
        Assert.False(counter.IsDegraded);
    }

    [Fact]
    public async Task A_new_window_starts_from_zero_and_a_give_back_never_takes_it_below()
    {
        var clock = new FakeTimeProvider(Now);
        await using var connection = await RedisTestKit.ConnectAsync();
        var counter = new RedisRateLimitCounter(connection, TestRedis.UniqueName("ratelimit") + ":", clock, NullLogger<RedisRateLimitCounter>.Instance);

        var first = await counter.IncrementAsync("k", 5, TimeSpan.FromHours(1), default);
        Assert.Equal(new RateLimitWindow(5, new DateTimeOffset(2026, 12, 6, 20, 0, 0, TimeSpan.Zero)), first);
        clock.Advance(TimeSpan.FromMinutes(30));
        // Points charged in the last window and given back in this one.
        Assert.Equal(0, (await counter.IncrementAsync("k", -5, TimeSpan.FromHours(1), default)).Used);
        var next = await counter.IncrementAsync("k", 2, TimeSpan.FromHours(1), default);
        Assert.Equal(new RateLimitWindow(2, new DateTimeOffset(2026, 12, 6, 21, 0, 0, TimeSpan.Zero)), next);
        Assert.Equal(1, (await counter.IncrementAsync("k", -1, TimeSpan.FromHours(1), default)).Used);
    }

    private PortalFactory Host(string redis, string prefix, long anonymousLimit) => new(fixture.Database.ConnectionString, configureServices: services =>
    {
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        services.Configure<RateLimitOptions>(options => options.AnonymousPointsPerWindow = anonymousLimit);
    })
    {
        Redis = redis,
        RedisPrefix = prefix,
    };

    private static string? Header(HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values) ? values.Single() : null;

    private static HttpRequestMessage Post(string query) => new(HttpMethod.Post, "/graphql")
    {
        Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
    };
}
