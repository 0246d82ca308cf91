using System.Runtime.CompilerServices;

namespace KtPortal.GraphQL.AspNetCore.Tests.ServerSentEvents;

/// <summary>The query root of the SSE tests.</summary>
public sealed class SseTestQuery
{
    /// <summary>A constant.</summary>
    public string Hello() => "world";
}

/// <summary>The mutation root of the SSE tests.</summary>
public sealed class SseTestMutation
{
    /// <summary>A constant, from a mutation.</summary>
    public int Increment() => 1;
}

/// <summary>Records what happens to the endless subscription's source stream.</summary>
public sealed class SubscriptionProbe
{
    /// <summary>Completes when the source stream has been released.</summary>
    public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>The subscription root of the SSE tests.</summary>
public sealed class SseTestSubscription
{
    /// <summary>1 to <paramref name="to"/>, then completes.</summary>
    [Subscribe]
    public IAsyncEnumerable<int> Count(int to) => CountAsync(to);

    /// <summary>One event, then nothing until the client goes away.</summary>
    [Subscribe]
    public IAsyncEnumerable<int> Forever([Service] SubscriptionProbe probe) => ForeverAsync(probe);

    /// <summary>No events until the client goes away.</summary>
    [Subscribe]
    public IAsyncEnumerable<int> Silent() => SilentAsync();

    private static async IAsyncEnumerable<int> CountAsync(int to)
    {
        for (var i = 1; i <= to; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<int> ForeverAsync(SubscriptionProbe probe, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            yield return 1;
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        finally
        {
            probe.Released.TrySetResult();
        }
    }

    private static async IAsyncEnumerable<int> SilentAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        yield break;
    }
}
