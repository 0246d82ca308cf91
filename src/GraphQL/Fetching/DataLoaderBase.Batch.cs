using KtPortal.GraphQL.Fetching.Internal;

namespace KtPortal.GraphQL.Fetching;

public abstract partial class DataLoaderBase<TKey, TValue>
{
    /// <summary>The value or the error of one key of a batch.</summary>
    private protected readonly record struct KeyOutcome(TValue Value, Exception? Error)
    {
        public static KeyOutcome Loaded(TValue value) => new(value, null);

        public static KeyOutcome Failed(Exception error) => new(default!, error);
    }

    /// <summary>The distinct keys collected for one call of the batch function.</summary>
    private sealed class Batch
    {
        private ExecutionBatchScheduler? _scheduledWith;
        private List<ExecutionBatchScheduler?>? _scheduledWithMore;
        private bool _scheduled;

        public Batch(DataLoaderBase<TKey, TValue> loader, CancellationToken cancellationToken)
        {
            CancellationToken = cancellationToken;
            Dispatch = () => loader.DispatchAsync(this);
        }

        public List<TKey> Keys { get; } = [];

        public Dictionary<TKey, LoadPromise<TValue>> Promises { get; } = [];

        /// <summary>The token of the load that opened the batch; the batch function receives it.</summary>
        public CancellationToken CancellationToken { get; }

        public Func<ValueTask> Dispatch { get; }

        public bool IsDispatched { get; set; }

        /// <summary>Makes room for <paramref name="count"/> keys in all, so that adding them does not regrow.</summary>
        public void EnsureCapacity(int count)
        {
            Keys.EnsureCapacity(count);
            Promises.EnsureCapacity(count);
        }

        public void Add(TKey key, LoadPromise<TValue> promise)
        {
            Keys.Add(key);
            Promises.Add(key, promise);
        }

        /// <summary>
        /// Records that <paramref name="execution"/> (null: outside any) will dispatch this batch; false when it
        /// already does. Every execution with a resolver waiting on the batch can dispatch it, so two operations
        /// sharing a loader never wait for each other. Called under the loader's lock.
        /// </summary>
        public bool TryMarkScheduled(ExecutionBatchScheduler? execution)
        {
            if (IsDispatched)
            {
                return false;
            }

            if (!_scheduled)
            {
                _scheduled = true;
                _scheduledWith = execution;
                return true;
            }

            if (ReferenceEquals(_scheduledWith, execution) || (_scheduledWithMore?.Contains(execution) ?? false))
            {
                return false;
            }

            (_scheduledWithMore ??= []).Add(execution);
            return true;
        }
    }
}
