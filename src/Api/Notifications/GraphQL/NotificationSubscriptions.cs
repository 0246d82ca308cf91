using System.Runtime.CompilerServices;
using KtPortal.Api.Support;
using KtPortal.Api.Tenancy;
using KtPortal.Domain.Notifications;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.Notifications.GraphQL;

/// <summary>The caller's notifications as they are created.</summary>
[SubscriptionType]
public sealed class NotificationSubscriptions
{
    /// <summary>
    /// Each notification of the caller as it is created and shown in the app (an SLA breach, a plan usage notice),
    /// read again in the caller's own tenant transaction. At most once: one created while the server was not listening
    /// is not pushed, so read <c>viewer.notifications</c> when the subscription starts. A client acting for itself has
    /// no notifications: its subscription completes at once.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="bus">This node's notifications.</param>
    /// <param name="database">Tenant transactions.</param>
    /// <param name="scope">Which notifications a user may read.</param>
    /// <param name="cancellationToken">Ends with the subscription.</param>
    [Authorize]
    [Subscribe]
    public async IAsyncEnumerable<Notification> NotificationReceivedAsync(
        IResolverContext context,
        [Service] NotificationBus bus,
        [Service] TenantDatabase database,
        [Service] NotificationScope scope,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var subscriber = await SubscriberViewer.StartAsync(context, cancellationToken);
        if ((await subscriber.CurrentAsync(cancellationToken)).UserId is not { } userId)
        {
            yield break;
        }

        await using var stream = await bus.SubscribeAsync(userId, cancellationToken);
        await foreach (var id in stream.ReadEventsAsync(cancellationToken))
        {
            var viewer = await subscriber.CurrentAsync(cancellationToken);
            if (await NotificationReader.FindAsync(database, scope, viewer, id, cancellationToken) is { } notification)
            {
                yield return notification;
            }
        }
    }
}
