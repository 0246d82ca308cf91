namespace KtPortal.Api.Support.Sla;

/// <summary>
/// Announces each breach as a change of its ticket (<c>ticketUpdated</c>, kind <c>SLA_BREACHED</c>), through the desk's
/// <see cref="TicketPublisher"/>, so that a ticket page open anywhere shows the breach flag without reloading. The queue
/// does not change, so no queue topic hears of it.
/// </summary>
internal sealed class TicketSlaBreachPublisher(TicketPublisher publisher) : ISlaBreachPublisher
{
    public async ValueTask PublishAsync(IReadOnlyList<SlaBreach> breaches, CancellationToken cancellationToken)
    {
        foreach (var breach in breaches)
        {
            var message = new TicketChangedMessage(
                breach.TicketId, breach.OrganizationId, breach.Priority, SlaBreachScanner.Kind, SlaBreachScanner.EventIsInternal);
            await publisher.PublishAsync(message, created: false, queuesChanged: [], cancellationToken);
        }
    }
}
