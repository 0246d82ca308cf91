using System.Runtime.CompilerServices;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.GraphQL;

/// <summary>Subscription fields about the service itself.</summary>
[SubscriptionType]
public sealed class ServiceSubscriptions
{
    private const int MinimumIntervalMilliseconds = 10;
    private const int MaximumIntervalMilliseconds = 60_000;
    private const int MaximumCount = 10_000;

    /// <summary>
    /// The server's time, every <c>intervalMilliseconds</c> (10 to 60,000), <c>count</c> times (at most
    /// 10,000), or until the client unsubscribes when <c>count</c> is not given. Clients use it to keep
    /// due times and SLA clocks in step with the server.
    /// </summary>
    /// <param name="intervalMilliseconds">The time between two events.</param>
    /// <param name="count">How many events to send before the subscription completes.</param>
    /// <param name="clock">The server's clock.</param>
    [Subscribe]
    public IAsyncEnumerable<DateTimeOffset> ServerTime(TimeProvider clock, int intervalMilliseconds = 1000, int? count = null)
    {
        if (intervalMilliseconds is < MinimumIntervalMilliseconds or > MaximumIntervalMilliseconds)
        {
            throw new GraphQLException(
                $"intervalMilliseconds must be between {MinimumIntervalMilliseconds} and {MaximumIntervalMilliseconds}.",
                ErrorCodes.ArgumentInvalid);
        }

        if (count is < 1 or > MaximumCount)
        {
            throw new GraphQLException($"count must be between 1 and {MaximumCount}.", ErrorCodes.ArgumentInvalid);
        }

        return TickAsync(clock, intervalMilliseconds, count);
    }

    private static async IAsyncEnumerable<DateTimeOffset> TickAsync(
        TimeProvider clock,
        int intervalMilliseconds,
        int? count,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(intervalMilliseconds), clock);
        for (var sent = 0; count is null || sent < count; sent++)
        {
            if (!await timer.WaitForNextTickAsync(cancellationToken))
            {
                yield break;
            }

            yield return clock.GetUtcNow();
        }
    }
}
