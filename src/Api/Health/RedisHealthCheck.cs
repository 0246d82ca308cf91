using KtPortal.Api.Infrastructure.Redis;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KtPortal.Api.Health;

/// <summary>Healthy when Redis answers <c>PING</c> within a few seconds.</summary>
internal sealed class RedisHealthCheck(IRedisConnection connection) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await connection.PingAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is RedisUnavailableException or OperationCanceledException or TimeoutException)
        {
            // As for the database: the reason stays in the server log, the probe learns only that Redis is down.
            return HealthCheckResult.Unhealthy("Redis is unreachable; the API reconnects by itself.", exception);
        }
    }
}
