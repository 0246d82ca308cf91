using System.Collections.Concurrent;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Fetching;

namespace KtPortal.GraphQL.Tests.Fetching;

/// <summary>A code-first schema whose fields load through DataLoaders, and the loaders, which log every batch.</summary>
public static class DataLoaderSchema
{
    public sealed record Item(int Id);

    public sealed record Detail(int Id, int OwnerId, string Text);

    public sealed record Owner(int Id, string Name);

    public sealed record Tag(int ItemId, string Name);

    public static int OwnerOf(int id) => id % 7;

    /// <summary>Every batch function call, in the order they started, with the thread it was called on.</summary>
    public sealed class BatchLog
    {
        private readonly ConcurrentQueue<(string Loader, int[] Keys, int Thread)> _batches = new();

        public void Add(string loader, IEnumerable<int> keys) => _batches.Enqueue((loader, keys.ToArray(), Environment.CurrentManagedThreadId));

        public IReadOnlyList<int[]> Of(string loader) => [.. _batches.Where(b => b.Loader == loader).Select(b => b.Keys)];

        public IReadOnlyList<int> ThreadsOf(string loader) => [.. _batches.Where(b => b.Loader == loader).Select(b => b.Thread)];
    }

    /// <summary>Blocks a field until the test opens it.</summary>
    public sealed class Gate
    {
        public TaskCompletionSource Opened { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>
    /// Holds a field until the test hands it its value: continuations run on the thread that calls
    /// <c>Opened.SetResult()</c>, as they do on the thread that completes a statement.
    /// </summary>
    public sealed class HandOff
    {
        public TaskCompletionSource Opened { get; } = new();

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Caches a task per key outside any DataLoader, as a request-level memo might.</summary>
    public sealed class DetailMemo(DetailLoader loader)
    {
        private readonly ConcurrentDictionary<int, Task<Detail?>> _tasks = new();

        public Task<Detail?> Get(int id) => _tasks.GetOrAdd(id, key => loader.LoadAsync(key));
    }

    public sealed class DetailLoader(IBatchScheduler scheduler, BatchLog log) : BatchDataLoader<int, Detail?>(scheduler)
    {
        protected override async Task<IReadOnlyDictionary<int, Detail?>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            log.Add(nameof(DetailLoader), keys);
            await Task.Yield();

            // Keys of 1,000 and above do not exist.
            return keys.Where(k => k < 1000).ToDictionary(k => k, k => (Detail?)new Detail(k, OwnerOf(k), $"detail {k}"));
        }
    }

    public sealed class OwnerLoader(IBatchScheduler scheduler, BatchLog log) : BatchDataLoader<int, Owner>(scheduler)
    {
        protected override async Task<IReadOnlyDictionary<int, Owner>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            log.Add(nameof(OwnerLoader), keys);
            await Task.Delay(1, cancellationToken);
            return ToDictionary(keys.Select(k => new Owner(k, $"owner {k}")), o => o.Id);
        }
    }

    public sealed class TagsLoader(IBatchScheduler scheduler, BatchLog log) : GroupedDataLoader<int, Tag>(scheduler)
    {
        protected override Task<ILookup<int, Tag>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            log.Add(nameof(TagsLoader), keys);

            // Even items have two tags, odd ones none.
            var tags = keys.Where(k => k % 2 == 0).SelectMany(k => new[] { new Tag(k, $"a{k}"), new Tag(k, $"b{k}") });
            return Task.FromResult(tags.ToLookup(t => t.ItemId));
        }
    }

    /// <summary>Batches of two; a batch holding key 3 fails.</summary>
    public sealed class FlakyLoader(IBatchScheduler scheduler, BatchLog log) : BatchDataLoader<int, string>(scheduler, new DataLoaderOptions { MaxBatchSize = 2 })
    {
        protected override async Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            log.Add(nameof(FlakyLoader), keys);
            await Task.Yield();
            if (keys.Contains(3))
            {
                throw new GraphQLException(new GraphQLError("The store is unavailable.") { Code = "STORE_UNAVAILABLE" });
            }

            return keys.ToDictionary(k => k, k => $"flaky {k}");
        }
    }

    /// <summary>Returns a key nobody asked for.</summary>
    public sealed class ExtraKeyLoader(IBatchScheduler scheduler) : BatchDataLoader<int, string>(scheduler)
    {
        protected override Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            var result = keys.ToDictionary(k => k, k => $"extra {k}");
            result[999] = "nobody asked";
            return Task.FromResult<IReadOnlyDictionary<int, string>>(result);
        }
    }

    /// <summary>Builds its result from rows and a key selector, and the rows hold one key twice.</summary>
    public sealed class DuplicateKeyLoader(IBatchScheduler scheduler) : BatchDataLoader<int, string>(scheduler)
    {
        protected override Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
            => Task.FromResult(ToDictionary([.. keys.Select(k => $"{k}:row"), $"{keys[0]}:again"], row => int.Parse(row.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>A value-type loader that knows only even keys: a missing key is an error, not 0.</summary>
    public sealed class ScoreLoader(IBatchScheduler scheduler) : BatchDataLoader<int, int>(scheduler)
    {
        protected override Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
            => Task.FromResult<IReadOnlyDictionary<int, int>>(keys.Where(k => k % 2 == 0).ToDictionary(k => k, k => k * 10));
    }

    /// <summary>Batches of at most ten.</summary>
    public sealed class SmallBatchLoader(IBatchScheduler scheduler, BatchLog log) : BatchDataLoader<int, int>(scheduler, new DataLoaderOptions { MaxBatchSize = 10 })
    {
        protected override Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            log.Add(nameof(SmallBatchLoader), keys);
            return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => -k));
        }
    }

    /// <summary>A batch function that loads through another loader (a nested load).</summary>
    public sealed class OwnerNameLoader(IBatchScheduler scheduler, BatchLog log, DetailLoader details, OwnerLoader owners) : BatchDataLoader<int, string>(scheduler)
    {
        protected override async Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            log.Add(nameof(OwnerNameLoader), keys);
            var found = await details.LoadAsync(keys, cancellationToken);
            var names = await owners.LoadAsync([.. found.Select(d => d!.OwnerId)], cancellationToken);
            return keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => names[p.i].Name);
        }
    }

    /// <summary>
    /// Loads its keys' details as one many-key load whose keys come slowly: after the first, the enumeration waits
    /// (up to two seconds) for a DetailLoader batch to start, which it must not while the load is still adding keys.
    /// </summary>
    public sealed class SlowKeysLoader(IBatchScheduler scheduler, BatchLog log, DetailLoader details) : BatchDataLoader<int, string>(scheduler)
    {
        protected override async Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            log.Add(nameof(SlowKeysLoader), keys);
            var found = await details.LoadAsync(new SlowKeys(keys, log), cancellationToken);
            return keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => found[p.i]!.Text);
        }

        private sealed class SlowKeys(IReadOnlyList<int> keys, BatchLog log) : IReadOnlyCollection<int>
        {
            public int Count => keys.Count;

            public IEnumerator<int> GetEnumerator()
            {
                for (var i = 0; i < keys.Count; i++)
                {
                    if (i == 1)
                    {
                        SpinWait.SpinUntil(() => log.Of(nameof(DetailLoader)).Count > 0, TimeSpan.FromSeconds(2));
                    }

                    yield return keys[i];
                }
            }

            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }
    }

    public sealed class ProfileCacheLoader(IBatchScheduler scheduler, BatchLog log) : CacheDataLoader<int, string>(scheduler)
    {
        protected override Task<string> LoadSingleAsync(int key, CancellationToken cancellationToken)
        {
            log.Add(nameof(ProfileCacheLoader), [key]);
            return Task.FromResult($"profile {key}");
        }
    }

    [QueryType]
    public sealed class Query
    {
        public Item[] Items(int count, int start = 1) => [.. Enumerable.Range(start, count).Select(i => new Item(i))];

        public Task<Detail?> Detail(int id, DetailLoader loader, CancellationToken cancellationToken) => loader.LoadAsync(id, cancellationToken);

        /// <summary>Items given when the test opens the hand-off, on the thread that opens it.</summary>
        public async Task<Item[]> HandedItems(int count, HandOff handOff)
        {
            handOff.Entered.TrySetResult();
            await handOff.Opened.Task.ConfigureAwait(false);
            return [.. Enumerable.Range(1, count).Select(i => new Item(i))];
        }

        public async Task<Detail?[]> Details(int[] ids, DetailLoader loader, CancellationToken cancellationToken)
            => await Task.WhenAll(ids.Select(id => loader.LoadAsync(id, cancellationToken)));

        public async Task<Detail?> DelayedDetail(int id, int delay, DetailLoader loader, CancellationToken cancellationToken)
        {
            await Task.Delay(delay, cancellationToken);
            return await loader.LoadAsync(id, cancellationToken);
        }

        public Task<Detail?> MemoDetail(int id, DetailMemo memo) => memo.Get(id);

        public async Task<bool> Gate(Gate gate, CancellationToken cancellationToken)
        {
            gate.Entered.TrySetResult();
            await gate.Opened.Task.WaitAsync(cancellationToken);
            return true;
        }

        public async Task<int?> Score(int key, ScoreLoader loader, CancellationToken cancellationToken) => await loader.LoadAsync(key, cancellationToken);

        public Task<string> OwnerName(int id, OwnerNameLoader loader, CancellationToken cancellationToken) => loader.LoadAsync(id, cancellationToken);

        public Task<string> Profile(int id, ProfileCacheLoader loader, CancellationToken cancellationToken) => loader.LoadAsync(id, cancellationToken);

        public Task<string> SlowKeysText(int id, SlowKeysLoader loader, CancellationToken cancellationToken) => loader.LoadAsync(id, cancellationToken);
    }

    [SubscriptionType]
    public sealed class Subscription
    {
        [Subscribe]
        public async IAsyncEnumerable<Item> ItemAdded(int count)
        {
            for (var i = 1; i <= count; i++)
            {
                await Task.Yield();
                yield return new Item(i);
            }
        }
    }

    [MutationType]
    public sealed class Mutation
    {
        public async Task<Detail?> Touch(int id, DetailLoader loader, CancellationToken cancellationToken)
        {
            loader.Remove(id);
            return await loader.LoadAsync(id, cancellationToken);
        }
    }

    [ExtendObjectType(typeof(Item))]
    public sealed class ItemFields
    {
        public Task<Detail?> Detail([Parent] Item item, DetailLoader loader, CancellationToken cancellationToken) => loader.LoadAsync(item.Id, cancellationToken);

        public Task<Tag[]> Tags([Parent] Item item, TagsLoader loader, CancellationToken cancellationToken) => loader.LoadAsync(item.Id, cancellationToken);

        public async Task<string?> Flaky([Parent] Item item, FlakyLoader loader, CancellationToken cancellationToken) => await loader.LoadAsync(item.Id, cancellationToken);

        public async Task<string?> Extra([Parent] Item item, ExtraKeyLoader loader, CancellationToken cancellationToken) => await loader.LoadAsync(item.Id, cancellationToken);

        public async Task<string?> Duplicate([Parent] Item item, DuplicateKeyLoader loader, CancellationToken cancellationToken) => await loader.LoadAsync(item.Id, cancellationToken);

        public Task<int> Small([Parent] Item item, SmallBatchLoader loader, CancellationToken cancellationToken) => loader.LoadAsync(item.Id, cancellationToken);

        /// <summary>A grouped loader made at run time from a delegate, as field middleware does.</summary>
        public Task<string[]> Labels([Parent] Item item, IResolverContext context, BatchLog log, CancellationToken cancellationToken)
            => context.GroupDataLoader<int, string>(
                (keys, _) =>
                {
                    log.Add("labels", keys);
                    return Task.FromResult(keys.Where(k => k % 3 == 0).ToLookup(k => k, k => $"label {k}"));
                },
                "labels").LoadAsync(item.Id, cancellationToken);
    }

    [ExtendObjectType(typeof(Detail))]
    public sealed class DetailFields
    {
        public Task<Owner> Owner([Parent] Detail detail, OwnerLoader loader, CancellationToken cancellationToken) => loader.LoadAsync(detail.OwnerId, cancellationToken);

        public Task<Detail?> Next([Parent] Detail detail, DetailLoader loader, CancellationToken cancellationToken) => loader.LoadAsync(detail.Id + 1000 * (detail.Id % 2) + 1, cancellationToken);
    }
}
