using KtPortal.GraphQL.CostAnalysis;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KtPortal.Api.RateLimiting;

/// <summary>Registers the GraphQL rate limits.</summary>
public static class RateLimiting
{
    /// <summary>
    /// Adds the operation charger and the in-memory counters (unless another <see cref="IRateLimitCounter"/>, such
    /// as Redis, is registered first), configured from <c>RateLimits</c>.
    /// </summary>
    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.SectionName));
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRateLimitCounter, InMemoryRateLimitCounter>();
        services.AddSingleton<IOperationCostLimiter, OperationRateLimiter>();
        return services;
    }
}
