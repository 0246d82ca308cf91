using KtPortal.Api.Identity.GraphQL;
using KtPortal.Domain.Support;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Subscriptions;

namespace KtPortal.Api.Support;

/// <summary>
/// Live ticket updates. The bus carries ids only (<see cref="TicketChangedMessage"/>); each subscriber's stream
/// drops what they may not see (another tenant's tickets, internal notes for non-staff), and each event reads the
/// ticket again through both isolation layers, once per event for all subscribers who see the same tickets
/// (<see cref="TicketEventReads"/>). A subscription keeps its viewer and refreshes it every
/// <see cref="SubscriberViewer.RefreshInterval"/> (<see cref="SubscriberViewer"/>).
/// </summary>
[SubscriptionType]
public sealed class TicketSubscriptions
{

    /// <summary>Each new ticket the subscriber may see.</summary>
    [Authorize]
    [Subscribe(With = nameof(CreatedStreamAsync))]
    public Task<TicketNode?> TicketCreatedAsync([EventMessage] TicketSubscriptionEvent e, IResolverContext context, CancellationToken cancellationToken)
        => FindAsync(e, context, cancellationToken);

    /// <summary>The source of <c>ticketCreated</c>.</summary>
    [GraphQLIgnore]
    public async ValueTask<ISourceStream<TicketSubscriptionEvent>> CreatedStreamAsync(
        IResolverContext context, [Service] ITopicEventReceiver receiver, CancellationToken cancellationToken)
    {
        var viewer = await SubscriberViewer.StartAsync(context, cancellationToken);
        var stream = await receiver.SubscribeAsync<TicketChangedMessage>(TicketTopics.Created, cancellationToken);
        return new TicketEventStream(stream, viewer, (message, current, _) => ValueTask.FromResult(current.CanSee(message.OrganizationId)));
    }

    /// <summary>
    /// The ticket each time it changes (status, assignee, a reply; for staff also an internal note). A ticket the
    /// subscriber may not see is a NOT_FOUND error.
    /// </summary>
    [Authorize]
    [Subscribe(With = nameof(UpdatedStreamAsync))]
    public Task<TicketNode?> TicketUpdatedAsync([EventMessage] TicketSubscriptionEvent e, IResolverContext context, CancellationToken cancellationToken)
        => FindAsync(e, context, cancellationToken);

    /// <summary>The source of <c>ticketUpdated</c>.</summary>
    [GraphQLIgnore]
    public async ValueTask<ISourceStream<TicketSubscriptionEvent>> UpdatedStreamAsync(
        [ID<TicketNode>] Guid id, IResolverContext context, [Service] ITopicEventReceiver receiver, CancellationToken cancellationToken)
    {
        var viewer = await SubscriberViewer.StartAsync(context, cancellationToken);

        // Subscribe first, then check: a change made between the two is not missed.
        var stream = await receiver.SubscribeAsync<TicketChangedMessage>(TicketTopics.Ticket(id), cancellationToken);
        if (await TicketReader.FindAsync(context, id, cancellationToken) is null)
        {
            await stream.DisposeAsync();
            throw new GraphQLException("The ticket does not exist.", "NOT_FOUND");
        }

        // A subscriber who lost the ticket's tenant since (a membership removed) hears of it no more.
        return new TicketEventStream(stream, viewer, (message, current, _) =>
            ValueTask.FromResult(current.CanSee(message.OrganizationId) && (!message.Internal || current.IsStaff)));
    }

    /// <summary>
    /// The queue of one priority each time it changes (a ticket joins or leaves it), for a subscriber who has
    /// tickets in it or whose ticket just left it: their queued tickets with their new positions.
    /// </summary>
    [Authorize]
    [Subscribe(With = nameof(QueueStreamAsync))]
    public async Task<TicketQueueNode> TicketQueueUpdatedAsync(
        [EventMessage] TicketSubscriptionEvent e, IResolverContext context, CancellationToken cancellationToken)
    {
        IdentityReader.UseViewer(context, e.Viewer);
        var tickets = await context.Service<TicketEventReads>().QueueAsync(e.Message, e.Viewer, cancellationToken);
        return new TicketQueueNode(e.Message.Priority, tickets);
    }

    /// <summary>The source of <c>ticketQueueUpdated</c>.</summary>
    [GraphQLIgnore]
    public async ValueTask<ISourceStream<TicketSubscriptionEvent>> QueueStreamAsync(
        TicketPriority priority, IResolverContext context, [Service] ITopicEventReceiver receiver, CancellationToken cancellationToken)
    {
        var viewer = await SubscriberViewer.StartAsync(context, cancellationToken);
        var reads = context.Service<TicketEventReads>();
        var stream = await receiver.SubscribeAsync<TicketChangedMessage>(TicketTopics.Queue(priority), cancellationToken);

        // A subscriber hears of a change to the queue when the changed ticket is theirs, or when they have tickets
        // queued there (whose positions moved): the same shared read the resolver then answers from.
        return new TicketEventStream(stream, viewer, async (message, current, ct) =>
            current.CanSee(message.OrganizationId) || (await reads.QueueAsync(message, current, ct)).Count > 0);
    }

    // The event's viewer becomes the request's, so the fields under the ticket do not resolve it again.
    private static Task<TicketNode?> FindAsync(TicketSubscriptionEvent e, IResolverContext context, CancellationToken cancellationToken)
    {
        IdentityReader.UseViewer(context, e.Viewer);
        return context.Service<TicketEventReads>().FindAsync(e.Message, e.Viewer, cancellationToken);
    }
}
