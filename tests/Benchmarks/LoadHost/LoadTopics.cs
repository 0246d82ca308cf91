namespace KtPortal.LoadHost;

/// <summary>The one place that names the event-bus topic of a channel.</summary>
public static class LoadTopics
{
    /// <summary>The topic template of <see cref="LoadSubscription.OnEvent"/>.</summary>
    public const string Template = "events/{channel}";

    /// <summary>The topic of <paramref name="channel"/>.</summary>
    public static string For(string channel) => "events/" + channel;
}
