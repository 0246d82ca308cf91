using KtPortal.Domain.Support;
using KtPortal.GraphQL;

namespace KtPortal.Api.Support;

/// <summary>The queue of one priority as the subscriber sees it: their queued tickets, next first.</summary>
/// <param name="Priority">The queue's priority.</param>
/// <param name="Tickets">The subscriber's NEW and OPEN tickets of that priority, next first (at most 100); each has its <c>queuePosition</c>.</param>
[GraphQLName("TicketQueue")]
public sealed record TicketQueueNode(TicketPriority Priority, IReadOnlyList<TicketNode> Tickets);
