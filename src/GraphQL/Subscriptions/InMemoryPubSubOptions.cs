namespace KtPortal.GraphQL.Subscriptions;

/// <summary>Limits of <see cref="InMemoryPubSub"/>.</summary>
public sealed class InMemoryPubSubOptions
{
    /// <summary>
    /// How many unread messages each subscriber may hold. When a slow subscriber's buffer is full, its oldest
    /// message is dropped (and counted) so that publishers never wait. Default 1,024.
    /// </summary>
    public int SubscriberCapacity { get; set; } = 1024;
}
