namespace KtPortal.GraphQL.Fetching;

/// <summary>How one DataLoader batches and caches.</summary>
public sealed record DataLoaderOptions
{
    /// <summary>The default options: batches of up to 1,024 keys, caching on.</summary>
    public static DataLoaderOptions Default { get; } = new();

    /// <summary>
    /// The most keys one call of the batch function receives. A larger batch is split into several calls, which
    /// run concurrently. Default 1,024.
    /// </summary>
    public int MaxBatchSize { get; init; } = 1024;

    /// <summary>
    /// Whether a loaded key's task is kept, so that loading the key again returns it without fetching. Keys are
    /// de-duplicated within a batch either way. Default on.
    /// </summary>
    public bool Caching { get; init; } = true;
}
