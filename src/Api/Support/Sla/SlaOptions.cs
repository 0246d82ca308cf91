namespace KtPortal.Api.Support.Sla;

/// <summary>Settings of the SLA breach job, under <c>Sla</c> (environment: <c>Sla__BreachScanInterval</c>).</summary>
public sealed class SlaOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Sla";

    /// <summary>
    /// How often each API node looks for breached tickets; one minute by default. A breach is flagged at most this long
    /// after it happens. Every node runs the job; each breach is flagged and notified once whichever node finds it.
    /// </summary>
    public TimeSpan BreachScanInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many tickets one statement flags at most; a scan repeats until a batch comes back short.</summary>
    public int BreachBatchSize { get; set; } = 200;

    /// <summary>Whether the job runs on this node at all (on by default).</summary>
    public bool BreachScanEnabled { get; set; } = true;
}
