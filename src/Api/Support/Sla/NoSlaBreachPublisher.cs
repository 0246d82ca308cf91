namespace KtPortal.Api.Support.Sla;

/// <summary>
/// The publisher while no ticket subscription exists to tell: breaches are flagged, written to the timeline and
/// notified, but no live event goes out. The desk's <c>ticketUpdated</c> publisher replaces it.
/// </summary>
internal sealed class NoSlaBreachPublisher : ISlaBreachPublisher
{
    public ValueTask PublishAsync(IReadOnlyList<SlaBreach> breaches, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
