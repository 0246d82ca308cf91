using KtPortal.GraphQL.Execution;
using static KtPortal.GraphQL.Tests.Fetching.DataLoaderSchema;

namespace KtPortal.GraphQL.Tests.Fetching;

/// <summary>When batches run: one batch per level, however the resolvers of a level are spread in time.</summary>
public sealed class DataLoaderBatchingTests
{
    [Fact]
    public async Task A_list_of_100_items_loads_each_level_in_one_batch()
    {
        await using var host = DataLoaderHost.Create();

        var result = await host.RunAsync("{ items(count: 100) { id detail { text owner { name } } tags { name } } }");

        Assert.Empty(result.Errors);
        var items = DataLoaderHost.Data(result).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(100, items.Count);
        for (var i = 0; i < 100; i++)
        {
            var id = i + 1;
            Assert.Equal($"detail {id}", items[i].GetProperty("detail").GetProperty("text").GetString());
            Assert.Equal($"owner {OwnerOf(id)}", items[i].GetProperty("detail").GetProperty("owner").GetProperty("name").GetString());
            Assert.Equal(id % 2 == 0 ? 2 : 0, items[i].GetProperty("tags").GetArrayLength());
        }

        Assert.Equal([Enumerable.Range(1, 100).ToArray()], host.Log.Of(nameof(DetailLoader)));
        Assert.Equal([Enumerable.Range(1, 100).ToArray()], host.Log.Of(nameof(TagsLoader)));

        // 100 details have 7 distinct owners: the keys are de-duplicated within the batch.
        Assert.Equal([[0, 1, 2, 3, 4, 5, 6]], host.Log.Of(nameof(OwnerLoader)).Select(b => b.Order().ToArray()));
    }

    [Fact]
    public async Task Each_nested_level_is_its_own_batch()
    {
        await using var host = DataLoaderHost.Create();

        var result = await host.RunAsync("{ items(count: 4) { detail { next { id next { id } } } } }");

        Assert.Empty(result.Errors);
        Assert.Equal(
            """{"data":{"items":[{"detail":{"next":null}},{"detail":{"next":{"id":3,"next":null}}},{"detail":{"next":null}},{"detail":{"next":{"id":5,"next":null}}}]}}""",
            result.ToJson());

        // Keys loaded once are not fetched again (3 and 1004); the order within a batch is the order the
        // resolvers resumed in, which is not fixed.
        Assert.Equal([[1, 2, 3, 4], [5, 1002, 1004], [1006]], host.Log.Of(nameof(DetailLoader)).Select(b => b.Order().ToArray()));
    }

    [Fact]
    public async Task A_batch_made_due_by_a_resolver_finishing_runs_on_that_resolvers_thread()
    {
        await using var host = DataLoaderHost.Create();
        var running = host.RunAsync("{ handedItems(count: 3) { detail { text } } }");
        await DataLoaderHost.Bounded(host.HandOff.Entered.Task.ContinueWith(_ => true, TaskScheduler.Default));

        // The list resolver resumes on this thread, starts its items' loads and finishes: every resolver now waits,
        // and the batch runs right there, not after a hop to the thread pool (whose threads are never this one).
        var opener = new Thread(() => host.HandOff.Opened.SetResult());
        opener.Start();
        opener.Join();
        var result = await running;

        Assert.Empty(result.Errors);
        Assert.Equal(
            """{"data":{"handedItems":[{"detail":{"text":"detail 1"}},{"detail":{"text":"detail 2"}},{"detail":{"text":"detail 3"}}]}}""",
            result.ToJson());
        Assert.Equal([[1, 2, 3]], host.Log.Of(nameof(DetailLoader)));
        Assert.Equal([opener.ManagedThreadId], host.Log.ThreadsOf(nameof(DetailLoader)));
    }

    [Fact]
    public async Task A_key_loaded_twice_is_fetched_once_per_scope()
    {
        await using var host = DataLoaderHost.Create();
        await using var scope = host.CreateScope();

        var first = await host.RunAsync("{ a: detail(id: 1) { text } b: detail(id: 1) { text } c: detail(id: 2) { text } }", scope.ServiceProvider);
        var second = await host.RunAsync("{ detail(id: 1) { text } }", scope.ServiceProvider);
        var otherScope = await host.RunAsync("{ detail(id: 1) { text } }");

        Assert.Equal("""{"data":{"a":{"text":"detail 1"},"b":{"text":"detail 1"},"c":{"text":"detail 2"}}}""", first.ToJson());
        Assert.Equal("""{"data":{"detail":{"text":"detail 1"}}}""", second.ToJson());
        Assert.Equal("""{"data":{"detail":{"text":"detail 1"}}}""", otherScope.ToJson());
        Assert.Equal([[1, 2], [1]], host.Log.Of(nameof(DetailLoader)));
    }

    [Fact]
    public async Task A_grouped_loader_gives_empty_arrays_to_keys_without_values()
    {
        await using var host = DataLoaderHost.Create();

        var result = await host.RunAsync("{ items(count: 3) { id tags { name } } }");

        Assert.Equal(
            """{"data":{"items":[{"id":1,"tags":[]},{"id":2,"tags":[{"name":"a2"},{"name":"b2"}]},{"id":3,"tags":[]}]}}""",
            result.ToJson());
        Assert.Equal([[1, 2, 3]], host.Log.Of(nameof(TagsLoader)));
    }

    [Fact]
    public async Task A_batch_larger_than_MaxBatchSize_is_split()
    {
        await using var host = DataLoaderHost.Create();

        var result = await host.RunAsync("{ items(count: 25) { small } }");

        Assert.Empty(result.Errors);
        var values = DataLoaderHost.Data(result).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("small").GetInt32());
        Assert.Equal(Enumerable.Range(1, 25).Select(i => -i), values);
        Assert.Equal(
            [Enumerable.Range(1, 10).ToArray(), Enumerable.Range(11, 10).ToArray(), Enumerable.Range(21, 5).ToArray()],
            host.Log.Of(nameof(SmallBatchLoader)).OrderBy(b => b[0]));
    }

    [Fact]
    public async Task A_resolver_awaiting_other_work_before_loading_joins_its_siblings_batch()
    {
        await using var host = DataLoaderHost.Create();

        // The first run meets delayedDetail before it was ever asynchronous: its load has no scope and runs the
        // pending batch on the next thread-pool turn. The second run knows it, and counts it as blocked on its load.
        var first = await host.RunAsync("{ a: detail(id: 1) { id } b: delayedDetail(id: 3, delay: 20) { id } c: detail(id: 2) { id } }");
        var second = await host.RunAsync("{ a: detail(id: 4) { id } b: delayedDetail(id: 6, delay: 20) { id } c: detail(id: 5) { id } }");

        Assert.Equal("""{"data":{"a":{"id":1},"b":{"id":3},"c":{"id":2}}}""", first.ToJson());
        Assert.Equal("""{"data":{"a":{"id":4},"b":{"id":6},"c":{"id":5}}}""", second.ToJson());

        // Either way the siblings' batch waits for the resolver that is still busy, so it holds all three keys.
        Assert.Equal([[1, 2, 3], [4, 5, 6]], host.Log.Of(nameof(DetailLoader)));
    }

    [Fact]
    public async Task A_resolver_awaiting_two_loads_at_once_batches_them_with_its_siblings()
    {
        await using var host = DataLoaderHost.Create();

        var result = await host.RunAsync("{ details(ids: [1, 2, 3]) { id } detail(id: 4) { id } }");

        Assert.Equal("""{"data":{"details":[{"id":1},{"id":2},{"id":3}],"detail":{"id":4}}}""", result.ToJson());
        Assert.Equal([[1, 2, 3, 4]], host.Log.Of(nameof(DetailLoader)));
    }

    [Fact]
    public async Task A_batch_function_may_load_through_other_loaders()
    {
        await using var host = DataLoaderHost.Create();

        var result = await host.RunAsync("{ a: ownerName(id: 1) b: ownerName(id: 8) c: ownerName(id: 2) }");

        Assert.Equal("""{"data":{"a":"owner 1","b":"owner 1","c":"owner 2"}}""", result.ToJson());
        Assert.Equal([[1, 8, 2]], host.Log.Of(nameof(OwnerNameLoader)));
        Assert.Equal([[1, 8, 2]], host.Log.Of(nameof(DetailLoader)));
        Assert.Equal([[1, 2]], host.Log.Of(nameof(OwnerLoader)));
    }

    [Fact]
    public async Task A_load_of_many_keys_puts_them_all_in_one_batch_however_slowly_they_come()
    {
        // The batch function runs when both resolvers wait, so a load it makes is due at once: without the hold of a
        // many-key load, key 1's batch would run on another thread while the enumeration waits before key 2.
        await using var host = DataLoaderHost.Create();

        var result = await host.RunAsync("{ a: slowKeysText(id: 1) b: slowKeysText(id: 2) }");

        Assert.Equal("""{"data":{"a":"detail 1","b":"detail 2"}}""", result.ToJson());
        Assert.Equal([[1, 2]], host.Log.Of(nameof(SlowKeysLoader)));
        Assert.Equal([[1, 2]], host.Log.Of(nameof(DetailLoader)));
    }

    [Fact]
    public async Task A_cache_loader_fetches_each_key_once()
    {
        await using var host = DataLoaderHost.Create();

        var result = await host.RunAsync("{ a: profile(id: 1) b: profile(id: 2) c: profile(id: 1) }");

        Assert.Equal("""{"data":{"a":"profile 1","b":"profile 2","c":"profile 1"}}""", result.ToJson());
        Assert.Equal([[1], [2]], host.Log.Of(nameof(ProfileCacheLoader)).OrderBy(b => b[0]));
    }

    [Fact]
    public async Task A_loader_made_from_a_delegate_is_one_instance_per_execution()
    {
        await using var host = DataLoaderHost.Create();

        var result = await host.RunAsync("{ items(count: 6) { labels } }");

        Assert.Equal(
            """{"data":{"items":[{"labels":[]},{"labels":[]},{"labels":["label 3"]},{"labels":[]},{"labels":[]},{"labels":["label 6"]}]}}""",
            result.ToJson());
        Assert.Equal([[1, 2, 3, 4, 5, 6]], host.Log.Of("labels"));
    }

    [Fact]
    public async Task Serial_mutation_fields_each_run_their_own_batch()
    {
        await using var host = DataLoaderHost.Create();

        var result = await host.RunAsync("mutation { a: touch(id: 1) { id owner { name } } b: touch(id: 1) { id } }");

        Assert.Equal("""{"data":{"a":{"id":1,"owner":{"name":"owner 1"}},"b":{"id":1}}}""", result.ToJson());
        Assert.Equal([[1], [1]], host.Log.Of(nameof(DetailLoader)));
    }

    [Fact]
    public async Task A_wait_the_executor_cannot_see_is_released_by_the_stall_timeout()
    {
        // The second field awaits the task the first one's load made, without loading itself: the execution cannot
        // tell that it is blocked on a batch, so only the stall timeout runs the batch.
        await using var host = DataLoaderHost.Create(stallTimeout: TimeSpan.FromMilliseconds(20));

        var result = await host.RunAsync("{ a: memoDetail(id: 5) { id } b: memoDetail(id: 5) { id } }");

        Assert.Equal("""{"data":{"a":{"id":5},"b":{"id":5}}}""", result.ToJson());
        Assert.Equal([[5]], host.Log.Of(nameof(DetailLoader)));
    }

    [Fact]
    public async Task Two_operations_sharing_a_scope_do_not_wait_for_each_other()
    {
        await using var host = DataLoaderHost.Create();
        await using var scope = host.CreateScope();

        // The first operation keeps a resolver busy until the second has finished, so only the second can run the
        // batch both added keys to.
        var first = host.RunAsync("{ detail(id: 1) { id } gate }", scope.ServiceProvider);
        await DataLoaderHost.Bounded(host.Gate.Entered.Task.ContinueWith(_ => true, TaskScheduler.Default));
        var second = await host.RunAsync("{ detail(id: 2) { id } }", scope.ServiceProvider);
        host.Gate.Opened.SetResult();

        Assert.Equal("""{"data":{"detail":{"id":2}}}""", second.ToJson());
        Assert.Equal("""{"data":{"detail":{"id":1},"gate":true}}""", (await first).ToJson());
        Assert.Equal([[1, 2]], host.Log.Of(nameof(DetailLoader)));
    }

    [Fact]
    public async Task Concurrent_operations_in_one_scope_all_complete()
    {
        await using var host = DataLoaderHost.Create();
        await using var scope = host.CreateScope();

        var runs = Enumerable.Range(0, 8)
            .Select(n => host.RunAsync($"{{ items(count: 10, start: {n * 5}) {{ id detail {{ owner {{ id }} }} }} }}", scope.ServiceProvider))
            .ToList();
        var results = await Task.WhenAll(runs);

        for (var n = 0; n < results.Length; n++)
        {
            Assert.Empty(results[n].Errors);
            var ids = DataLoaderHost.Data(results[n]).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32());
            Assert.Equal(Enumerable.Range(n * 5, 10), ids);
        }

        // Shared keys are fetched once: the scope's loader caches across its operations.
        var fetched = host.Log.Of(nameof(DetailLoader)).SelectMany(b => b).ToList();
        Assert.Equal(fetched.Count, fetched.Distinct().Count());
        Assert.Equal(Enumerable.Range(0, 45), fetched.Order());
    }

    [Fact]
    public async Task Each_subscription_event_runs_its_own_batches()
    {
        await using var host = DataLoaderHost.Create();
        await using var scope = host.CreateScope();

        var started = await DataLoaderHost.Bounded(host.Executor.ExecuteAsync(new OperationRequest
        {
            Query = "subscription { itemAdded(count: 3) { id detail { text } } }",
            Services = scope.ServiceProvider,
        }).AsTask());
        await using var stream = Assert.IsType<ResponseStream>(started);
        var events = new List<string>();
        await DataLoaderHost.Bounded(Task.Run(async () =>
        {
            await foreach (var result in stream.ReadResultsAsync())
            {
                events.Add(result.ToJson());
            }

            return true;
        }));

        Assert.Equal(
            [
                """{"data":{"itemAdded":{"id":1,"detail":{"text":"detail 1"}}}}""",
                """{"data":{"itemAdded":{"id":2,"detail":{"text":"detail 2"}}}}""",
                """{"data":{"itemAdded":{"id":3,"detail":{"text":"detail 3"}}}}""",
            ],
            events);
        Assert.Equal([[1], [2], [3]], host.Log.Of(nameof(DetailLoader)));
    }

    [Fact]
    public async Task Without_counting_resolvers_loads_still_complete()
    {
        await using var host = DataLoaderHost.Create(enableDataLoaders: false);

        var result = await host.RunAsync("{ items(count: 20) { id detail { owner { id } } } }");

        Assert.Empty(result.Errors);
        var owners = DataLoaderHost.Data(result).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("detail").GetProperty("owner").GetProperty("id").GetInt32());
        Assert.Equal(Enumerable.Range(1, 20).Select(OwnerOf), owners);

        // Each load runs its batch on the next thread-pool turn, so how the keys were grouped is not fixed.
        Assert.Equal(Enumerable.Range(1, 20), host.Log.Of(nameof(DetailLoader)).SelectMany(b => b).Order());
    }
}
