namespace KtPortal.GraphQL.Fetching;

/// <summary>
/// Loads values by key, collecting the keys asked for while a request executes into batches and caching each
/// key's value for the lifetime of the instance (one DI scope, usually one request).
/// </summary>
/// <typeparam name="TKey">The key type; compared with <see cref="EqualityComparer{T}.Default"/>.</typeparam>
/// <typeparam name="TValue">The value loaded for one key.</typeparam>
public interface IDataLoader<TKey, TValue>
    where TKey : notnull
{
    /// <summary>
    /// The value of <paramref name="key"/>. The key joins the batch being collected; the task completes once that
    /// batch has run (see <c>docs/graphql-execution.md</c>, "DataLoader", for when that is). A cached key returns
    /// the cached task.
    /// </summary>
    /// <param name="key">The key to load.</param>
    /// <param name="cancellationToken">Cancels this caller's wait (not the batch, which other callers may share).</param>
    Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default);

    /// <summary>The values of <paramref name="keys"/>, in the order of the keys.</summary>
    /// <param name="keys">The keys to load; repeated keys are loaded once.</param>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    Task<IReadOnlyList<TValue>> LoadAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken = default);

    /// <summary>Primes the cache: <paramref name="key"/> resolves to <paramref name="value"/> unless it is already cached.</summary>
    void Set(TKey key, TValue value);

    /// <summary>Forgets the cached value of <paramref name="key"/>; the next load fetches it again.</summary>
    void Remove(TKey key);

    /// <summary>Forgets every cached value.</summary>
    void Clear();
}
