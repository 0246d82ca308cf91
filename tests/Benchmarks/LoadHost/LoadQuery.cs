using KtPortal.GraphQL.Subscriptions;

namespace KtPortal.LoadHost;

/// <summary>What the load test asks the server.</summary>
public sealed class LoadQuery
{
    /// <summary>How many subscribers the channel has now; the test waits for all of its sockets.</summary>
    public int SubscriberCount(string channel, [Service] InMemoryPubSub bus) => bus.GetSubscriberCount(LoadTopics.For(channel));

    /// <summary>Messages the event bus dropped because a subscriber's buffer was full; must stay 0.</summary>
    public int DroppedMessages([Service] InMemoryPubSub bus) => (int)Math.Min(bus.DroppedMessageCount, int.MaxValue);
}
