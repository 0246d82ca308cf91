using KtPortal.Api.Health;
using KtPortal.Api.Identity;
using KtPortal.Api.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KtPortal.Api.Infrastructure.Redis;

/// <summary>Registers Redis when <c>ConnectionStrings:Redis</c> is set.</summary>
public static class RedisServiceCollectionExtensions
{
    /// <summary>The connection string's name: <c>ConnectionStrings__Redis</c> in the environment.</summary>
    public const string ConnectionStringName = "Redis";

    /// <summary>The setting for the channel and key prefix: <c>Portal__RedisPrefix</c> in the environment.</summary>
    public const string PrefixSetting = "Portal:RedisPrefix";

    /// <summary>Whether <paramref name="configuration"/> names a Redis server.</summary>
    public static bool IsRedisConfigured(IConfiguration configuration)
        => !string.IsNullOrWhiteSpace(configuration.GetConnectionString(ConnectionStringName));

    /// <summary>
    /// With <c>ConnectionStrings:Redis</c> set: one <see cref="IRedisConnection"/> (made when first needed;
    /// the host resolves it at start-up so an unreachable server stops it), the <see cref="RedisPubSub"/> as the
    /// subscription event bus, the rate-limit counters and the login throttle (keys under <c>PREFIX ratelimit:</c>
    /// and <c>PREFIX login:</c>), and a <c>redis</c> health check. Without it, nothing: the in-memory ones stay.
    /// </summary>
    public static IServiceCollection AddPortalRedis(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!IsRedisConfigured(configuration))
        {
            return services;
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName)!;
        var prefix = configuration[PrefixSetting] is { Length: > 0 } configured ? configured : "ktportal:";
        services.AddSingleton<IRedisConnection>(provider => RedisConnection.Connect(
            connectionString, provider.GetRequiredService<ILoggerFactory>().CreateLogger<RedisConnection>()));
        services.AddGraphQLServer().AddRedisSubscriptions(
            provider => provider.GetRequiredService<IRedisConnection>(),
            new RedisPubSubOptions { ChannelPrefix = prefix + "events:" });
        // Before AddPortalRateLimits and AddPortalIdentity, which add the in-memory ones only when none is registered.
        services.AddSingleton<IRateLimitCounter>(provider => new RedisRateLimitCounter(
            provider.GetRequiredService<IRedisConnection>(), prefix, provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<RedisRateLimitCounter>>()));
        services.AddSingleton<ILoginThrottle>(provider => new RedisLoginThrottle(
            provider.GetRequiredService<IRedisConnection>(), prefix, provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<RedisLoginThrottle>>()));
        services.TryAddSingleton(TimeProvider.System);
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis");
        return services;
    }
}
