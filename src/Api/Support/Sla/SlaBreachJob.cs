using KtPortal.Api.Infrastructure;
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
    ILogger<SlaBreachJob> logger) : PeriodicJob(clock, logger)
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

    /// <inheritdoc />
    protected override TimeSpan Interval => options.Value.BreachScanInterval;

    /// <inheritdoc />
    protected override bool Enabled => options.Value.BreachScanEnabled;

    /// <inheritdoc />
    protected override Task RunScheduledAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);
}
