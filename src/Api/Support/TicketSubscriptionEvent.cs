using KtPortal.Api.Tenancy;

namespace KtPortal.Api.Support;

/// <summary>
/// One event of a ticket subscription as its resolver gets it: the bus message and the subscriber's viewer, checked
/// when the event passed the subscription's filter (see <see cref="SubscriberViewer"/>).
/// </summary>
/// <param name="Message">What changed.</param>
/// <param name="Viewer">Who receives it.</param>
public sealed record TicketSubscriptionEvent(TicketChangedMessage Message, Viewer Viewer);
