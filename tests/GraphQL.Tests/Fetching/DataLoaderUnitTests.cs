using KtPortal.GraphQL.Fetching;

namespace KtPortal.GraphQL.Tests.Fetching;

/// <summary>The loader API on its own, with a scheduler the test drives, and loads made outside any request.</summary>
public sealed class DataLoaderUnitTests
{
    [Fact]
    public async Task Keys_loaded_before_the_dispatch_form_one_batch_without_repeats()
    {
        var scheduler = new ManualScheduler();
        var loader = new SquareLoader(scheduler);

        var one = loader.LoadAsync(1);
        var two = loader.LoadAsync(2);
        var again = loader.LoadAsync(1);
        var many = loader.LoadAsync([3, 2, 4]);
        Assert.Equal(1, scheduler.Scheduled);
        await scheduler.DispatchAllAsync();

        Assert.Same(one, again);
        int[] values = [await one, await two, await again];
        Assert.Equal([1, 4, 1], values);
        Assert.Equal([9, 4, 16], await many);
        Assert.Equal([[1, 2, 3, 4]], loader.Batches);
    }

    [Fact]
    public async Task Set_primes_the_cache_and_Remove_and_Clear_forget()
    {
        var scheduler = new ManualScheduler();
        var loader = new SquareLoader(scheduler);

        loader.Set(5, -1);
        loader.Set(5, -2);
        Assert.Equal(-1, await loader.LoadAsync(5));

        loader.Remove(5);
        var reloaded = loader.LoadAsync(5);
        await scheduler.DispatchAllAsync();
        Assert.Equal(25, await reloaded);

        loader.Clear();
        var cleared = loader.LoadAsync(5);
        await scheduler.DispatchAllAsync();
        Assert.Equal(25, await cleared);
        Assert.Equal([[5], [5]], loader.Batches);
    }

    [Fact]
    public async Task Without_caching_keys_are_still_de_duplicated_within_a_batch()
    {
        var scheduler = new ManualScheduler();
        var loader = new SquareLoader(scheduler, new DataLoaderOptions { Caching = false });

        var first = loader.LoadAsync(3);
        var second = loader.LoadAsync(3);
        await scheduler.DispatchAllAsync();
        var third = loader.LoadAsync(3);
        await scheduler.DispatchAllAsync();

        int[] values = [await first, await second, await third];
        Assert.Equal([9, 9, 9], values);
        Assert.Equal([[3], [3]], loader.Batches);
    }

    [Fact]
    public async Task MaxBatchSize_splits_the_keys_into_several_calls()
    {
        var scheduler = new ManualScheduler();
        var loader = new SquareLoader(scheduler, new DataLoaderOptions { MaxBatchSize = 2 });

        var all = loader.LoadAsync([1, 2, 3, 4, 5]);
        await scheduler.DispatchAllAsync();

        Assert.Equal([1, 4, 9, 16, 25], await all);
        Assert.Equal([[1, 2], [3, 4], [5]], loader.Batches);
    }

    [Fact]
    public async Task A_load_of_many_keys_completes_when_its_last_batch_has()
    {
        var scheduler = new ManualScheduler();
        var loader = new SquareLoader(scheduler, new DataLoaderOptions { MaxBatchSize = 2 });

        var all = loader.LoadAsync([1, 2, 3]);
        await scheduler.DispatchNextAsync();
        Assert.False(all.IsCompleted);
        await scheduler.DispatchNextAsync();

        Assert.Equal([1, 4, 9], await all);
    }

    [Fact]
    public async Task A_load_of_many_keys_resumes_its_caller_where_its_batch_completes_once_every_key_of_the_batch_is_known()
    {
        var scheduler = new ManualScheduler();
        var loader = new SquareLoader(scheduler);
        int? resumedOn = null;
        bool? laterKeyKnown = null;
        Task<int>? later = null;

        async Task CallerAsync()
        {
            var values = await loader.LoadAsync([1, 2]).ConfigureAwait(false);
            resumedOn = Environment.CurrentManagedThreadId;
            laterKeyKnown = later!.IsCompletedSuccessfully;
            Assert.Equal([1, 4], values);
        }

        // One batch of 1, 2 and 3: the load of many keys has its last key before the batch's last.
        var caller = CallerAsync();
        later = loader.LoadAsync(3);
        var dispatcher = new Thread(() => scheduler.DispatchNextAsync().GetAwaiter().GetResult());
        dispatcher.Start();
        dispatcher.Join();
        await caller;

        // No hop to the thread pool (whose threads are never this one), and not before key 3 was known.
        Assert.Equal(dispatcher.ManagedThreadId, resumedOn);
        Assert.True(laterKeyKnown);
        Assert.Equal([[1, 2, 3]], loader.Batches);
    }

    [Fact]
    public async Task A_load_of_many_keys_known_already_completes_at_once_with_its_repeats_in_order()
    {
        var scheduler = new ManualScheduler();
        var loader = new SquareLoader(scheduler);
        loader.Set(1, 10);
        loader.Set(2, 20);

        var all = loader.LoadAsync([2, 1, 2]);

        Assert.True(all.IsCompletedSuccessfully);
        Assert.Equal([20, 10, 20], await all);
        Assert.Equal(0, scheduler.Scheduled);
    }

    [Fact]
    public async Task A_load_of_many_keys_fails_with_the_error_of_every_failed_key_in_key_order()
    {
        var scheduler = new ManualScheduler();
        var loader = new SquareLoader(scheduler, skipNegative: true);
        loader.Set(7, 49);

        var all = loader.LoadAsync([7, -1, 2, -3, 2]);
        await scheduler.DispatchAllAsync();

        // As Task.WhenAll: awaiting throws the first; the task holds them all.
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => all);
        Assert.Equal("The DataLoader SquareLoader returned no value for the key -1.", error.Message);
        Assert.Equal(
            ["The DataLoader SquareLoader returned no value for the key -1.", "The DataLoader SquareLoader returned no value for the key -3."],
            all.Exception!.InnerExceptions.Select(e => e.Message));
        Assert.Equal(4, await loader.LoadAsync(2));
    }

    [Fact]
    public async Task A_canceled_load_of_many_keys_stops_waiting_and_leaves_the_batch_to_others()
    {
        var scheduler = new ManualScheduler();
        var loader = new SquareLoader(scheduler);
        using var cancel = new CancellationTokenSource();

        var canceled = loader.LoadAsync([6, 8], cancel.Token);
        var other = loader.LoadAsync(8);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => canceled);
        await scheduler.DispatchAllAsync();
        Assert.Equal(64, await other);
    }

    [Fact]
    public async Task Dispatching_a_batch_twice_runs_it_once()
    {
        var scheduler = new ManualScheduler();
        var loader = new SquareLoader(scheduler);

        var value = loader.LoadAsync(7);
        await scheduler.DispatchAllAsync(times: 2);

        Assert.Equal(49, await value);
        Assert.Equal([[7]], loader.Batches);
    }

    [Fact]
    public async Task A_canceled_load_stops_waiting_and_leaves_the_batch_to_others()
    {
        var scheduler = new ManualScheduler();
        var loader = new SquareLoader(scheduler);
        using var cancel = new CancellationTokenSource();

        var canceled = loader.LoadAsync(6, cancel.Token);
        var other = loader.LoadAsync(6);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => canceled);
        await scheduler.DispatchAllAsync();
        Assert.Equal(36, await other);
    }

    [Fact]
    public async Task Loads_outside_a_request_run_on_the_thread_pool()
    {
        var loader = new SquareLoader(DefaultBatchScheduler.Instance);

        var values = await DataLoaderHost.Bounded(loader.LoadAsync([1, 2, 3]));
        var single = await DataLoaderHost.Bounded(loader.LoadAsync(4));

        Assert.Equal([1, 4, 9], values);
        Assert.Equal(16, single);

        // The thread pool may run the batch before every key joined it, so only the keys are certain.
        Assert.Equal([1, 2, 3, 4], loader.Batches.SelectMany(b => b).Order());
    }

    [Fact]
    public async Task A_loader_made_from_a_delegate_names_itself_in_errors()
    {
        var loader = new global::KtPortal.GraphQL.Fetching.Internal.FetchBatchDataLoader<int, string>(
            "userNames",
            (keys, _) => Task.FromResult<IReadOnlyDictionary<int, string>>(new Dictionary<int, string> { [42] = "x" }),
            DefaultBatchScheduler.Instance,
            null);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => DataLoaderHost.Bounded(loader.LoadAsync(1)));

        Assert.Equal("The DataLoader userNames returned the key 42, which was not requested.", error.Message);
    }

    private sealed class ManualScheduler : IBatchScheduler
    {
        private readonly List<Func<ValueTask>> _scheduled = [];

        public int Scheduled => _scheduled.Count;

        public void Schedule(Func<ValueTask> dispatch) => _scheduled.Add(dispatch);

        public async Task DispatchNextAsync()
        {
            var batch = _scheduled[0];
            _scheduled.RemoveAt(0);
            await batch();
        }

        public async Task DispatchAllAsync(int times = 1)
        {
            var batches = _scheduled.ToList();
            _scheduled.Clear();
            for (var i = 0; i < times; i++)
            {
                foreach (var batch in batches)
                {
                    await batch();
                }
            }
        }
    }

    // With skipNegative, the batch function leaves negative keys out of its result, which fails each of them.
    private sealed class SquareLoader(IBatchScheduler scheduler, DataLoaderOptions? options = null, bool skipNegative = false)
        : BatchDataLoader<int, int>(scheduler, options)
    {
        private readonly List<int[]> _batches = [];

        public IReadOnlyList<int[]> Batches
        {
            get
            {
                lock (_batches)
                {
                    return [.. _batches];
                }
            }
        }

        protected override Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            lock (_batches)
            {
                _batches.Add([.. keys]);
            }

            return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.Where(k => !skipNegative || k >= 0).ToDictionary(k => k, k => k * k));
        }
    }
}
