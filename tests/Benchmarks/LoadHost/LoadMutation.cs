using System.Diagnostics;
using KtPortal.GraphQL.Subscriptions;

namespace KtPortal.LoadHost;

/// <summary>Publishing on demand, which the API itself does not offer.</summary>
public sealed class LoadMutation
{
    private const int MaximumCount = 100_000;

    /// <summary>
    /// Publishes <c>count</c> events on <c>channel</c>, sequences <c>from</c> to <c>from + count - 1</c>:
    /// <c>batch</c> events back to back every <c>intervalMilliseconds</c>, on a fixed schedule, each stamped just
    /// before it is sent. Returns when the last one was sent. The pacing runs here, not in the load client, so
    /// that a client busy reading does not slow the publisher down.
    /// </summary>
    /// <param name="channel">The channel subscribers listen to.</param>
    /// <param name="count">How many events (1 to 100,000).</param>
    /// <param name="from">The first sequence number.</param>
    /// <param name="batch">How many events to send at each tick.</param>
    /// <param name="intervalMilliseconds">The time between two ticks; 0 sends everything at once.</param>
    /// <param name="sender">The event bus.</param>
    /// <param name="cancellationToken">The request's token.</param>
    public async Task<PublishReport> Publish(
        string channel,
        int count,
        ITopicEventSender sender,
        CancellationToken cancellationToken,
        int from = 1,
        int batch = 1,
        double intervalMilliseconds = 0)
    {
        if (count is < 1 or > MaximumCount)
        {
            throw new GraphQLException($"count must be between 1 and {MaximumCount}.", ErrorCodes.ArgumentInvalid);
        }

        if (batch < 1 || intervalMilliseconds < 0)
        {
            throw new GraphQLException("batch must be at least 1 and intervalMilliseconds at least 0.", ErrorCodes.ArgumentInvalid);
        }

        var topic = LoadTopics.For(channel);
        var startedAt = EpochMilliseconds();
        var clock = Stopwatch.StartNew();
        var lateTicks = 0;
        for (int sent = 0, tick = 0; sent < count; tick++)
        {
            var wait = TimeSpan.FromMilliseconds(tick * intervalMilliseconds) - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }
            else if (tick > 0 && intervalMilliseconds > 0)
            {
                lateTicks++;
            }

            for (var end = Math.Min(count, sent + batch); sent < end; sent++)
            {
                await sender.SendAsync(topic, new LoadEvent(from + sent, EpochMilliseconds()), cancellationToken);
            }
        }

        return new PublishReport(count, startedAt, EpochMilliseconds(), lateTicks);
    }

    private static double EpochMilliseconds() => (DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).TotalMilliseconds;
}
