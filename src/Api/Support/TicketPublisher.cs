using KtPortal.Domain.Support;
using KtPortal.GraphQL.Subscriptions;

namespace KtPortal.Api.Support;

/// <summary>
/// Announces committed ticket changes on the event bus (Redis across nodes when configured). Callers publish only
/// after their transaction has committed, so a subscriber never hears of a change that was rolled back; a crash
/// between the commit and the publish loses the announcement, never the change.
/// </summary>
public sealed class TicketPublisher(ITopicEventSender sender)
{
    /// <summary>
    /// Publishes <paramref name="message"/> to the ticket's topic, and to the creation and queue topics as needed, under
    /// a new <see cref="TicketChangedMessage.EventId"/> (one per call, the same on every topic).
    /// </summary>
    /// <param name="message">What changed.</param>
    /// <param name="created">Whether the ticket is new.</param>
    /// <param name="queuesChanged">The priorities whose queue gained or lost a ticket.</param>
    /// <param name="cancellationToken">Stops waiting for the bus.</param>
    public async Task PublishAsync(TicketChangedMessage message, bool created, IReadOnlyCollection<TicketPriority> queuesChanged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(queuesChanged);
        message = message with { EventId = Guid.CreateVersion7() };
        if (created)
        {
            await sender.SendAsync(TicketTopics.Created, message, cancellationToken);
        }

        await sender.SendAsync(TicketTopics.Ticket(message.TicketId), message, cancellationToken);
        foreach (var priority in queuesChanged.Distinct())
        {
            await sender.SendAsync(TicketTopics.Queue(priority), message with { Priority = priority }, cancellationToken);
        }
    }
}
