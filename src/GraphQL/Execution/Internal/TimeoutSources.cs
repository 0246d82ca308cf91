using System.Collections.Concurrent;

namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>
/// Cancellation sources for the execution timeout. A timer per request costs more than executing a small
/// query, so one shared timer checks the deadlines of all running requests every few milliseconds, and sources
/// that never fired are reset and reused. Timeouts fire up to one tick late.
/// </summary>
internal static class TimeoutSources
{
    private const int MaxPooled = 256;
    private const int TickMilliseconds = 10;
    private const int Active = 0;
    private const int Released = 1;
    private const int Expiring = 2;

    private static readonly ConcurrentQueue<Entry> Pool = new();
    private static readonly Lock Gate = new();
    private static readonly Timer Ticker = new(static _ => Tick(), null, Timeout.Infinite, Timeout.Infinite);
    private static Entry? _head;
    private static bool _ticking;

    public static Lease Rent(TimeSpan timeout, CancellationToken requestAborted)
    {
        if (!Pool.TryDequeue(out var entry))
        {
            entry = new Entry();
        }

        entry.State = Active;
        entry.Registration = requestAborted.UnsafeRegister(static state => ((Entry)state!).Source.Cancel(), entry);
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            entry.Deadline = Environment.TickCount64 + (long)Math.Ceiling(timeout.TotalMilliseconds);
            lock (Gate)
            {
                entry.Next = _head;
                if (_head is not null)
                {
                    _head.Previous = entry;
                }

                _head = entry;
                entry.Watched = true;
                if (!_ticking)
                {
                    _ticking = true;
                    Ticker.Change(TickMilliseconds, TickMilliseconds);
                }
            }
        }

        return new Lease(entry);
    }

    private static void Release(Entry entry)
    {
        entry.Registration.Dispose();
        if (entry.Watched)
        {
            lock (Gate)
            {
                Unlink(entry);
            }
        }

        // The ticker may be about to cancel this source; then it is never reused.
        if (Interlocked.CompareExchange(ref entry.State, Released, Active) != Active)
        {
            return;
        }

        if (Pool.Count < MaxPooled && entry.Source.TryReset())
        {
            Pool.Enqueue(entry);
        }
        else
        {
            entry.Source.Dispose();
        }
    }

    private static void Unlink(Entry entry)
    {
        if (!entry.Watched)
        {
            return;
        }

        if (entry.Previous is not null)
        {
            entry.Previous.Next = entry.Next;
        }
        else
        {
            _head = entry.Next;
        }

        if (entry.Next is not null)
        {
            entry.Next.Previous = entry.Previous;
        }

        entry.Previous = null;
        entry.Next = null;
        entry.Watched = false;
    }

    private static void Tick()
    {
        List<Entry>? expired = null;
        var now = Environment.TickCount64;
        lock (Gate)
        {
            for (var entry = _head; entry is not null;)
            {
                var next = entry.Next;
                if (entry.Deadline <= now)
                {
                    Unlink(entry);
                    if (Interlocked.CompareExchange(ref entry.State, Expiring, Active) == Active)
                    {
                        (expired ??= []).Add(entry);
                    }
                }

                entry = next;
            }

            if (_head is null)
            {
                _ticking = false;
                Ticker.Change(Timeout.Infinite, Timeout.Infinite);
            }
        }

        if (expired is not null)
        {
            // Cancelling runs the request's callbacks, so it happens outside the lock.
            foreach (var entry in expired)
            {
                entry.Source.Cancel();
            }
        }
    }

    /// <summary>One request's timeout; disposing it stops watching and returns the source when it did not fire.</summary>
    public readonly struct Lease(Entry entry) : IDisposable
    {
        public CancellationToken Token => entry.Source.Token;

        public bool IsCancellationRequested => entry.Source.IsCancellationRequested;

        public void Dispose() => Release(entry);
    }

    internal sealed class Entry
    {
        // Written with Interlocked: Active, then Released by the request or Expiring by the ticker.
        public int State;

        public CancellationTokenSource Source { get; } = new();

        public CancellationTokenRegistration Registration { get; set; }

        public long Deadline { get; set; }

        public bool Watched { get; set; }

        public Entry? Previous { get; set; }

        public Entry? Next { get; set; }
    }
}
