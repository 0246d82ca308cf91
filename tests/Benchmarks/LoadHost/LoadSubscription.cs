namespace KtPortal.LoadHost;

/// <summary>The subscription every load-test socket holds.</summary>
public sealed class LoadSubscription
{
    /// <summary>Each event published on <paramref name="channel"/>.</summary>
    /// <param name="channel">The channel to listen to.</param>
    /// <param name="message">The event.</param>
    [Subscribe]
    [Topic(LoadTopics.Template)]
    public LoadEvent OnEvent(string channel, [EventMessage] LoadEvent message) => message;
}
