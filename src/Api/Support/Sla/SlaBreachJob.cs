using Microsoft.Extensions.Options;

namespace KtPortal.Api.Support.Sla;

/// <summary>
/// The background job that flags SLA breaches (<see cref="SlaBreachScanner"/>) at start-up and then every
/// <see cref="SlaOptions.BreachScanInterval"/>, and tells subscribers after each commit. Every API node runs it; the
/// scanner makes that safe. A failed run (the database down, say) is logged and retried on the next tick; it never
/// stops the host.
/// </summary>
internal sealed class SlaBreachJob(
    SlaBreachScanner scanner,
    ISlaBreachPublisher publisher,
    TimeProvider clock,
    IOptions<SlaOptions> options,
    ILogger<SlaBreachJob> logger) : BackgroundService
{
    /// <summary>Runs one scan and publishes what it flagged.</summary>
    public async Task<IReadOnlyList<SlaBreach>> RunOnceAsync(CancellationToken cancellationToken)
    {
        var breaches = await scanner.ScanAsync(cancellationToken);
        if (breaches.Count > 0)
        {
            logger.LogInformation("Flagged {Count} SLA breaches.", breaches.Count);
            // After the commit: at-least-once is acceptable, and a failed publish must not undo a flag.
            await publisher.PublishAsync(breaches, cancellationToken);
        }

        return breaches;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.BreachScanEnabled)
        {
            return;
        }

        // Let start-up finish (and migrations run) before touching the database.
        await Task.Yield();
        using var timer = new PeriodicTimer(options.Value.BreachScanInterval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "The SLA breach scan failed; it runs again in {Interval}.", options.Value.BreachScanInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
