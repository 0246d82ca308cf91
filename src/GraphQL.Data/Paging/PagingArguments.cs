namespace KtPortal.GraphQL.Data.Paging;

/// <summary>The paging arguments of one request of a connection field.</summary>
/// <param name="First">How many edges from the start (or after <paramref name="After"/>).</param>
/// <param name="After">Only edges after this cursor.</param>
/// <param name="Last">How many edges from the end (or before <paramref name="Before"/>).</param>
/// <param name="Before">Only edges before this cursor.</param>
public sealed record PagingArguments(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    /// <summary>Whether the page is taken from the end (<c>last</c>) rather than the start.</summary>
    public bool Backward => Last is not null;

    /// <summary>The page size these arguments ask for, after checking them against <paramref name="options"/>.</summary>
    /// <exception cref="Execution.GraphQLException"><c>VALIDATION_FAILED</c>: both first and last, a negative size, or one over the maximum.</exception>
    public int PageSize(PagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (First is not null && Last is not null)
        {
            throw PagingErrors.BothFirstAndLast();
        }

        var (name, size) = Last is { } last ? ("last", last) : ("first", First ?? options.DefaultPageSize);
        if (size < 0)
        {
            throw PagingErrors.Negative(name);
        }

        if (size > options.MaxPageSize)
        {
            throw PagingErrors.TooLarge(name, size, options.MaxPageSize);
        }

        return size;
    }
}
