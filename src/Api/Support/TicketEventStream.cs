using System.Runtime.CompilerServices;
using KtPortal.Api.Tenancy;
using KtPortal.GraphQL.Subscriptions;

namespace KtPortal.Api.Support;

/// <summary>
/// A ticket topic's messages for one subscriber: each with the subscriber's current viewer, and only those that
/// <c>keep</c> lets through for that viewer (another tenant's tickets, internal notes for non-staff, are dropped).
/// </summary>
internal sealed class TicketEventStream(
    ISourceStream<TicketChangedMessage> inner,
    SubscriberViewer viewer,
    Func<TicketChangedMessage, Viewer, CancellationToken, ValueTask<bool>> keep) : ISourceStream<TicketSubscriptionEvent>
{
    public async IAsyncEnumerable<TicketSubscriptionEvent> ReadEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var message in inner.ReadEventsAsync(cancellationToken))
        {
            var current = await viewer.CurrentAsync(cancellationToken);
            if (await keep(message, current, cancellationToken))
            {
                yield return new TicketSubscriptionEvent(message, current);
            }
        }
    }

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
