using System.Runtime.CompilerServices;
using KtPortal.GraphQL.Execution;

namespace KtPortal.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>Query fields for the WebSocket tests.</summary>
public sealed class WebSocketTestQuery
{
    /// <summary>A constant.</summary>
    public string Hello() => "world";

    /// <summary>The <c>user</c> request state an interceptor set, or null.</summary>
    public string? User(IResolverContext context) =>
        context.ContextData.TryGetValue("user", out var user) ? user as string : null;
}

/// <summary>Subscription fields for the WebSocket tests.</summary>
public sealed class WebSocketTestSubscription
{
    /// <summary>1, 2, ... <paramref name="count"/>, then the stream ends; a count below 1 cannot start.</summary>
    [Subscribe]
    public IAsyncEnumerable<int> Counter(int count)
    {
        if (count < 1)
        {
            throw new GraphQLException("count must be at least 1.", ErrorCodes.ArgumentInvalid);
        }

        return CountAsync(count);
    }

    /// <summary>One event, then nothing until the subscriber goes away; the probe sees the release.</summary>
    [Subscribe]
    public IAsyncEnumerable<int> Held([Service] SubscriptionProbe probe) => HoldAsync(probe);

    /// <summary>0, 1, 2, ... as fast as the subscriber reads them, until it goes away.</summary>
    [Subscribe]
    public IAsyncEnumerable<int> Flood() => FloodAsync();

    private static async IAsyncEnumerable<int> FloodAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; !cancellationToken.IsCancellationRequested; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<int> CountAsync(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<int> HoldAsync(SubscriptionProbe probe, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        probe.Started();
        try
        {
            yield return 1;
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        finally
        {
            probe.Released();
        }
    }
}

/// <summary>Counts the <c>held</c> streams started and released.</summary>
public sealed class SubscriptionProbe
{
    private int _started;
    private int _released;
    private readonly TaskCompletionSource _allReleased = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when every started stream was released.</summary>
    public Task AllReleased => _allReleased.Task;

    /// <summary>How many streams were released.</summary>
    public int ReleasedCount => Volatile.Read(ref _released);

    internal void Started() => Interlocked.Increment(ref _started);

    internal void Released()
    {
        if (Interlocked.Increment(ref _released) == Volatile.Read(ref _started))
        {
            _allReleased.TrySetResult();
        }
    }
}
