namespace KtPortal.GraphQL.Fetching.Internal;

/// <summary>
/// The values of many keys as one task, which completes when the last key's does: its caller resumes once, inline,
/// on the thread that completed the batch holding that key, once every key of that batch is known (the loader tells
/// the loads watching a batch's keys after it has completed them all). Awaiting every key's task
/// (<see cref="System.Threading.Tasks.Task.WhenAll{TResult}(Task{TResult}[])"/>) would queue one thread-pool work item
/// per key, since a key's task resumes its awaiters asynchronously; resuming on the thread pool would still queue one.
/// The outcome is the one <c>Task.WhenAll</c> gives: the values in key order, else every key's error, else cancelled.
/// </summary>
internal sealed class ManyLoad<TValue>
{
    private readonly TaskCompletionSource<IReadOnlyList<TValue>> _source = new();
    private readonly LoadPromise<TValue>[] _promises;
    private int _remaining;

    public ManyLoad(LoadPromise<TValue>[] promises)
    {
        _promises = promises;

        // One count per key and one for this constructor, so that keys completing while it runs cannot finish early.
        _remaining = promises.Length + 1;
        foreach (var promise in promises)
        {
            if (!promise.TryObserve(this))
            {
                KeyCompleted();
            }
        }

        KeyCompleted();
    }

    public Task<IReadOnlyList<TValue>> Task => _source.Task;

    /// <summary>The values of <paramref name="promises"/>, or a cancellation when <paramref name="cancellationToken"/> fires first.</summary>
    public static Task<IReadOnlyList<TValue>> Cancellable(LoadPromise<TValue>[] promises, CancellationToken cancellationToken)
    {
        var all = new ManyLoad<TValue>(promises).Task;
        return all.IsCompleted ? all : all.WaitAsync(cancellationToken);
    }

    /// <summary>One key's task has completed.</summary>
    public void KeyCompleted()
    {
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            Finish();
        }
    }

    private void Finish()
    {
        var values = new TValue[_promises.Length];
        List<Exception>? errors = null;
        var canceled = false;
        for (var i = 0; i < values.Length; i++)
        {
            var task = _promises[i].Task;
            if (task.IsCompletedSuccessfully)
            {
                values[i] = task.Result;
            }
            else if (task.IsFaulted)
            {
                (errors ??= []).AddRange(task.Exception!.InnerExceptions);
            }
            else
            {
                canceled = true;
            }
        }

        if (errors is not null)
        {
            _source.TrySetException(errors);
        }
        else if (canceled)
        {
            _source.TrySetCanceled();
        }
        else
        {
            _source.TrySetResult(values);
        }
    }
}
