using KtPortal.GraphQL.Subscriptions;

namespace KtPortal.Api.Notifications;

/// <summary>
/// The notifications created while this node runs, one topic per recipient, in this process only: every node hears
/// every notification from PostgreSQL itself (<see cref="NotificationListener"/>), so nothing crosses nodes here.
/// </summary>
public sealed class NotificationBus
{
    private readonly InMemoryPubSub _bus = new();

    /// <summary>Announces notification <paramref name="notificationId"/> to the subscriptions of <paramref name="userId"/>.</summary>
    public ValueTask PublishAsync(Guid userId, Guid notificationId) => _bus.SendAsync(Topic(userId), notificationId);

    /// <summary>The ids of <paramref name="userId"/>'s notifications created from now on.</summary>
    public ValueTask<ISourceStream<Guid>> SubscribeAsync(Guid userId, CancellationToken cancellationToken)
        => _bus.SubscribeAsync<Guid>(Topic(userId), cancellationToken);

    /// <summary>How many subscriptions <paramref name="userId"/> has on this node.</summary>
    public int SubscriberCount(Guid userId) => _bus.GetSubscriberCount(Topic(userId));

    private static string Topic(Guid userId) => "notifications:" + userId.ToString("N");
}
