using System.Collections.Concurrent;
using System.Reflection;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Fetching.Internal;

namespace KtPortal.GraphQL.Fetching;

/// <summary>
/// DataLoaders made from a delegate where they are needed, for example by field middleware that only learns at
/// run time what it has to load. Each is created once per execution under its name and kept in the execution's
/// <see cref="IResolverContext.ContextData"/>; later calls with the same name return that instance and ignore
/// their delegate, so the delegate must not capture state of one resolver call.
/// </summary>
public static class DataLoaderResolverContextExtensions
{
    private const string LoadersKey = "KtPortal.GraphQL.Fetching.DataLoaders";

    /// <summary>The batch DataLoader named <paramref name="name"/> of this execution, created from <paramref name="fetch"/> on first use.</summary>
    /// <param name="context">The resolver context.</param>
    /// <param name="fetch">Fetches a batch of keys, one value per key.</param>
    /// <param name="name">The loader's name; the delegate's method when <see langword="null"/>.</param>
    /// <param name="options">Batch size and caching of a new loader.</param>
    public static IDataLoader<TKey, TValue> BatchDataLoader<TKey, TValue>(
        this IResolverContext context,
        FetchBatch<TKey, TValue> fetch,
        string? name = null,
        DataLoaderOptions? options = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(fetch);
        return GetOrCreate<IDataLoader<TKey, TValue>>(
            context,
            name ?? NameOf(fetch.Method),
            (n, scheduler) => new FetchBatchDataLoader<TKey, TValue>(n, fetch, scheduler, options));
    }

    /// <summary>The grouped (one-to-many) DataLoader named <paramref name="name"/> of this execution, created from <paramref name="fetch"/> on first use.</summary>
    /// <param name="context">The resolver context.</param>
    /// <param name="fetch">Fetches a batch of keys, grouped by key.</param>
    /// <param name="name">The loader's name; the delegate's method when <see langword="null"/>.</param>
    /// <param name="options">Batch size and caching of a new loader.</param>
    public static IDataLoader<TKey, TValue[]> GroupDataLoader<TKey, TValue>(
        this IResolverContext context,
        FetchGroup<TKey, TValue> fetch,
        string? name = null,
        DataLoaderOptions? options = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(fetch);
        return GetOrCreate<IDataLoader<TKey, TValue[]>>(
            context,
            name ?? NameOf(fetch.Method),
            (n, scheduler) => new FetchGroupedDataLoader<TKey, TValue>(n, fetch, scheduler, options));
    }

    /// <summary>The caching DataLoader named <paramref name="name"/> of this execution, created from <paramref name="fetch"/> on first use.</summary>
    /// <param name="context">The resolver context.</param>
    /// <param name="fetch">Fetches one key.</param>
    /// <param name="name">The loader's name; the delegate's method when <see langword="null"/>.</param>
    /// <param name="options">Caching of a new loader.</param>
    public static IDataLoader<TKey, TValue> CacheDataLoader<TKey, TValue>(
        this IResolverContext context,
        FetchCache<TKey, TValue> fetch,
        string? name = null,
        DataLoaderOptions? options = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(fetch);
        return GetOrCreate<IDataLoader<TKey, TValue>>(
            context,
            name ?? NameOf(fetch.Method),
            (n, scheduler) => new FetchCacheDataLoader<TKey, TValue>(n, fetch, scheduler, options));
    }

    private static TLoader GetOrCreate<TLoader>(IResolverContext context, string name, Func<string, IBatchScheduler, TLoader> create)
        where TLoader : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.ContextData;
        if (!data.TryGetValue(LoadersKey, out var stored) || stored is not ConcurrentDictionary<string, object> loaders)
        {
            // ContextData is a concurrent dictionary during execution, so siblings racing here agree on one registry.
            loaders = (ConcurrentDictionary<string, object>)(data is ConcurrentDictionary<string, object?> concurrent
                ? concurrent.GetOrAdd(LoadersKey, _ => new ConcurrentDictionary<string, object>(StringComparer.Ordinal))!
                : data[LoadersKey] = new ConcurrentDictionary<string, object>(StringComparer.Ordinal));
        }

        var scheduler = context.Services.GetService(typeof(IBatchScheduler)) as IBatchScheduler ?? DefaultBatchScheduler.Instance;
        var loader = loaders.GetOrAdd(name, static (n, state) => state.create(n, state.scheduler), (create, scheduler));
        return loader as TLoader
            ?? throw new InvalidOperationException($"The DataLoader name \"{name}\" is already used by a {loader.GetType().Name}, which is not a {typeof(TLoader).Name}.");
    }

    private static string NameOf(MethodInfo method) => $"{method.DeclaringType?.FullName}.{method.Name}";
}
