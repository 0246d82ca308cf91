using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace KtPortal.Api.Health;

/// <summary>Healthy when PostgreSQL answers <c>SELECT 1</c> within a few seconds.</summary>
internal sealed class DatabaseHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            // The reason stays in the server log; the probe's caller learns only that the database is down.
            return HealthCheckResult.Unhealthy("The database is unreachable.", exception);
        }
    }
}
