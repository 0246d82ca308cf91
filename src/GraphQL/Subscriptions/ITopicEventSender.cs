namespace KtPortal.GraphQL.Subscriptions;

/// <summary>Publishes typed messages to topics that subscriptions listen to.</summary>
public interface ITopicEventSender
{
    /// <summary>Sends <paramref name="message"/> to every current subscriber of <paramref name="topic"/>.</summary>
    ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default);

    /// <summary>Completes the topic: every subscriber's stream ends.</summary>
    ValueTask CompleteAsync(string topic);
}
