using System.Net;
using KtPortal.Api.Identity;
using KtPortal.Api.Tests.Infrastructure.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace KtPortal.Api.Tests.OAuth;

/// <summary>The login throttle shared by two API hosts through Redis.</summary>
public sealed class RedisLoginThrottleTests(OAuthServerFixture server) : IClassFixture<OAuthServerFixture>
{
    [Fact]
    public async Task With_Redis_the_throttle_is_shared_and_without_it_in_memory()
    {
        await using var shared = Host(TestRedis.UniqueName("login") + ":");

        Assert.IsType<RedisLoginThrottle>(shared.Services.GetRequiredService<ILoginThrottle>());
        Assert.IsType<InMemoryLoginThrottle>(server.Factory.Services.GetRequiredService<ILoginThrottle>());
    }

    [Fact]
    public async Task Failures_made_on_host_A_throttle_the_next_attempt_on_host_B()
    {
        const string account = "nobody-here@acme.test";
        var prefix = TestRedis.UniqueName("login") + ":";
        await using var hostA = Host(prefix);
        await using var hostB = Host(prefix);
        using var browserA = new CodeFlowDriver(hostA);
        using var browserB = new CodeFlowDriver(hostB);

        for (var failure = 0; failure < InMemoryLoginThrottle.FailuresPerAccount - 1; failure++)
        {
            using var wrong = await browserA.LoginAsync(account, "wrong password", "/oauth/authorize?x=1");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        // One failure short of the limit, B still lets the account try, and that failure is the last one allowed.
        using (var last = await browserB.LoginAsync(account, "wrong password", "/oauth/authorize?x=1"))
        {
            Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        }

        using var throttledOnA = await browserA.LoginAsync(account, "wrong password", "/oauth/authorize?x=1");
        using var throttledOnB = await browserB.LoginAsync(account.ToUpperInvariant(), "wrong password", "/oauth/authorize?x=1");
        Assert.Equal(HttpStatusCode.TooManyRequests, throttledOnA.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttledOnB.StatusCode);
    }

    [Fact]
    public async Task While_Redis_is_down_the_throttle_fails_open_to_the_hosts_own_memory()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        await using var connection = await RedisTestKit.ConnectAsync(redis.Endpoint);
        using var throttle = new RedisLoginThrottle(connection, "login-outage:", TimeProvider.System, NullLogger<RedisLoginThrottle>.Instance);
        await throttle.RecordFailureAsync("someone@acme.test", "10.0.0.1", CancellationToken.None);

        await redis.StopAsync();

        // Sign-in keeps working, and failures are still counted, per host, up to the same limit.
        for (var failure = 0; failure < InMemoryLoginThrottle.FailuresPerAccount; failure++)
        {
            Assert.True(await throttle.IsAllowedAsync("someone@acme.test", "10.0.0.1", CancellationToken.None));
            await throttle.RecordFailureAsync("someone@acme.test", "10.0.0.1", CancellationToken.None);
        }

        Assert.False(await throttle.IsAllowedAsync("someone@acme.test", "10.0.0.1", CancellationToken.None));
        Assert.True(await throttle.IsAllowedAsync("other@acme.test", "10.0.0.2", CancellationToken.None));
    }

    private PortalFactory Host(string prefix) => new(server.Database.ConnectionString)
    {
        Redis = TestRedis.Endpoint,
        RedisPrefix = prefix,
    };
}
