namespace KtPortal.Api.Support.Sla;

/// <summary>Tells live subscribers about breaches the job flagged, after the flags committed.</summary>
public interface ISlaBreachPublisher
{
    /// <summary>Publishes <paramref name="breaches"/>; a failure is the caller's to log, the flags stay.</summary>
    ValueTask PublishAsync(IReadOnlyList<SlaBreach> breaches, CancellationToken cancellationToken);
}
