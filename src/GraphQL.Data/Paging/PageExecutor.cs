namespace KtPortal.GraphQL.Data.Paging;

/// <summary>
/// Runs one page of a <see cref="DataQuery{T}"/> as one statement, in the order SQL needs: filters, the keyset
/// predicate of the cursors, the order (ending with the entity key), <c>Take(n + 1)</c>, the projection. The extra
/// row tells whether another page follows; the connection never uses OFFSET.
/// </summary>
public static class PageExecutor
{
    /// <summary>Loads the page that <paramref name="arguments"/> ask for.</summary>
    /// <param name="query">The shaped query.</param>
    /// <param name="arguments">first/after/last/before.</param>
    /// <param name="options">Page sizes.</param>
    /// <param name="countTotal">Whether to count the filtered rows (a second statement) for <c>totalCount</c>.</param>
    /// <param name="cancellationToken">The request's token.</param>
    /// <exception cref="Execution.GraphQLException"><c>VALIDATION_FAILED</c>: bad page size or cursor.</exception>
    public static async Task<Connection<T>> ExecuteAsync<T>(
        DataQuery<T> query, PagingArguments arguments, PagingOptions options, bool countTotal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(arguments);
        var size = arguments.PageSize(options);
        var keyset = Keyset<T>.Of(query);
        var forward = !arguments.Backward;

        var rows = QueryableOf<T>.Keyed(
            QueryableOf<T>.Limit(keyset.Order(Restrict(query.Filtered(), keyset, arguments), forward), size + 1), keyset.KeyedOnce(query.Projection));
        var page = options.WriteStatements && Statements.SqlPages.Page(rows) is { } statement
            ? await QueryExecution.GatedAsync(rows.Provider, statement, cancellationToken).ConfigureAwait(false)
            : await QueryExecution.ToListAsync(rows, cancellationToken).ConfigureAwait(false);
        var total = countTotal ? await CountAsync(query.Filtered(), options, cancellationToken).ConfigureAwait(false) : 0;
        return ToConnection(keyset, page, size, arguments, total);
    }

    // SELECT count(*) of the filtered rows, written here when it can be (Statements.SqlPages), else by EF Core.
    private static async Task<int> CountAsync<T>(IQueryable<T> rows, PagingOptions options, CancellationToken cancellationToken)
    {
        if (options.WriteStatements && Statements.SqlPages.Count(rows) is { } count)
        {
            return (await QueryExecution.GatedAsync(rows.Provider, count, cancellationToken).ConfigureAwait(false))[0];
        }

        return await QueryExecution.CountAsync(rows, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies the keyset predicates of <c>after</c> and <c>before</c>.</summary>
    internal static IQueryable<T> Restrict<T>(IQueryable<T> rows, Keyset<T> keyset, PagingArguments arguments)
    {
        if (arguments.After is { } after)
        {
            rows = QueryableOf<T>.Filter(rows, keyset.After(CursorCodec.Decode(keyset, after, "after"), forward: true));
        }

        if (arguments.Before is { } before)
        {
            rows = QueryableOf<T>.Filter(rows, keyset.After(CursorCodec.Decode(keyset, before, "before"), forward: false));
        }

        return rows;
    }

    /// <summary>
    /// The page from at most <paramref name="size"/> + 1 rows read in the page's direction.
    /// </summary>
    internal static Connection<T> ToConnection<T>(Keyset<T> keyset, List<KeyedRow<T>> rows, int size, PagingArguments arguments, int totalCount)
        => ToConnection(keyset, rows, 0, rows.Count, size, arguments, totalCount);

    /// <summary>
    /// The page from the <paramref name="count"/> rows of <paramref name="rows"/> from <paramref name="start"/> on (at
    /// most <paramref name="size"/> + 1, read in the page's direction): one parent's run of a grouped read.
    /// </summary>
    // https://relay.dev/graphql/connections.htm#sec-undefined.PageInfo.Fields
    internal static Connection<T> ToConnection<T>(Keyset<T> keyset, List<KeyedRow<T>> rows, int start, int count, int size, PagingArguments arguments, int totalCount)
    {
        var more = count > size;
        var taken = more ? size : count;

        // A backward page was read from its end.
        var edges = new Edge<T>[taken];
        var encode = keyset.Encode;
        for (var i = 0; i < edges.Length; i++)
        {
            var row = rows[start + (arguments.Backward ? taken - 1 - i : i)];
            edges[i] = new Edge<T>(encode, row.Keys, row.Entity);
        }

        // The extra row answers the question in the direction of travel. The other direction is answered from the
        // cursor alone, as the specification allows: a cursor means the client came from rows on that side.
        var hasNext = arguments.Backward ? arguments.Before is not null : more;
        var hasPrevious = arguments.Backward ? more : arguments.After is not null;
        var info = edges.Length == 0
            ? new PageInfo(hasNext, hasPrevious, (string?)null, null)
            : new PageInfo(hasNext, hasPrevious, edges[0], edges[^1]);
        return new Connection<T>(edges, info, totalCount);
    }
}
