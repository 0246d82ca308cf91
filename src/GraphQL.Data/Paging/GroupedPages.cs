using System.Linq.Expressions;
using System.Reflection;

namespace KtPortal.GraphQL.Data.Paging;

/// <summary>
/// One page per parent for many parents in one statement: the nested connection of a list (the first 3 messages
/// of each of 100 tickets). On PostgreSQL the data layer writes it (<see cref="PagingOptions.WriteStatements"/>):
/// the keys joined <c>LATERAL</c> to the top <c>n + 1</c> rows of each, each found by its own index scan. Through
/// EF Core, it is the distinct parent keys joined to the top <c>n + 1</c> rows of each (EF Core translates it to
/// <c>ROW_NUMBER() OVER (PARTITION BY parent ORDER BY ...)</c>). Either way the rows come ordered by parent and
/// keyset, so that each parent's rows come in the connection's order.
/// </summary>
public static class GroupedPages
{
    private static readonly MethodInfo Contains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);

    /// <summary>
    /// Loads the page that <paramref name="arguments"/> ask for under every parent in <paramref name="keys"/>. A
    /// parent without rows gets an empty page. <c>totalCount</c> is not counted (0).
    /// </summary>
    /// <param name="query">The shaped child query, for example of all messages.</param>
    /// <param name="parentKey">The child's member holding the parent key, for example <c>m =&gt; m.TicketId</c>.</param>
    /// <param name="keys">The parents' keys.</param>
    /// <param name="arguments">first/after/last/before, the same for every parent.</param>
    /// <param name="options">Page sizes.</param>
    /// <param name="cancellationToken">The request's token.</param>
    /// <exception cref="Execution.GraphQLException"><c>VALIDATION_FAILED</c>: bad page size or cursor.</exception>
    public static Task<IReadOnlyDictionary<TKey, Connection<T>>> LoadAsync<T, TKey>(
        DataQuery<T> query,
        Expression<Func<T, TKey>> parentKey,
        IReadOnlyCollection<TKey> keys,
        PagingArguments arguments,
        PagingOptions options,
        CancellationToken cancellationToken)
        where TKey : notnull
        => LoadAsync(query, parentKey, keys, arguments, options, countTotal: false, cancellationToken);

    /// <summary>
    /// Loads the page that <paramref name="arguments"/> ask for under every parent in <paramref name="keys"/>, in one
    /// statement; with <paramref name="countTotal"/>, also every parent's <c>totalCount</c> in one grouped COUNT
    /// (<c>GROUP BY</c> the parent key). A parent without rows gets an empty page and a count of 0.
    /// </summary>
    /// <param name="query">The shaped child query, for example of all messages.</param>
    /// <param name="parentKey">The child's member holding the parent key, for example <c>m =&gt; m.TicketId</c>.</param>
    /// <param name="keys">The parents' keys.</param>
    /// <param name="arguments">first/after/last/before, the same for every parent.</param>
    /// <param name="options">Page sizes.</param>
    /// <param name="countTotal">Whether to count each parent's filtered rows (a second statement).</param>
    /// <param name="cancellationToken">The request's token.</param>
    /// <exception cref="Execution.GraphQLException"><c>VALIDATION_FAILED</c>: bad page size or cursor.</exception>
    public static async Task<IReadOnlyDictionary<TKey, Connection<T>>> LoadAsync<T, TKey>(
        DataQuery<T> query,
        Expression<Func<T, TKey>> parentKey,
        IReadOnlyCollection<TKey> keys,
        PagingArguments arguments,
        PagingOptions options,
        bool countTotal,
        CancellationToken cancellationToken)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(parentKey);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(arguments);
        var size = arguments.PageSize(options);
        var keyset = Keyset<T>.Of(query);
        var forward = !arguments.Backward;

        var keyArray = keys.Distinct().ToArray();
        var restricted = PageExecutor.Restrict(query.FilteredForAllParents(), keyset, arguments);
        var keyed = keyset.KeyedOnce(query.Projection, parentKey);
        var lateral = options.WriteStatements
            ? Statements.SqlPages.Grouped<KeyedRow<T>, TKey>(
                restricted.Provider, key => PerParent(restricted.Expression, keyset, parentKey, key, forward, size, keyed), parentKey, keyArray)
            : null;

        var loaded = lateral is not null
            ? await QueryExecution.GatedAsync(restricted.Provider, lateral, cancellationToken).ConfigureAwait(false)
            : await QueryExecution.ToListAsync(ThroughEfCore(restricted.Where(InKeys(parentKey, keyArray)), keyset, parentKey, forward, size).Select(keyed), cancellationToken).ConfigureAwait(false);
        var runs = Runs<T, TKey>(loaded);
        var counts = countTotal
            ? await CountAsync(query.FilteredForAllParents(), parentKey, keyArray, options, cancellationToken).ConfigureAwait(false)
            : null;
        var pages = new Dictionary<TKey, Connection<T>>(keyArray.Length);
        foreach (var key in keyArray)
        {
            var total = counts is not null && counts.TryGetValue(key, out var count) ? count : 0;
            var run = runs.GetValueOrDefault(key);
            pages[key] = PageExecutor.ToConnection(keyset, loaded, run.Start, run.Count, size, arguments, total);
        }

        return pages;
    }

    // row => keys.Contains(parentKey(row)), the keys read through a holder: through EF Core, the keys restrict the rows
    // both where the distinct parents are found and inside each partition, so the window function numbers only the
    // rows of the requested parents (the written statements join the keys instead).
    private static Expression<Func<T, bool>> InKeys<T, TKey>(Expression<Func<T, TKey>> parentKey, TKey[] keys)
        => Expression.Lambda<Func<T, bool>>(
            Expression.Call(
                Members.GenericMethods.Make(Contains, typeof(TKey)),
                Members.ValueHolders.Read(keys, typeof(TKey[])),
                parentKey.Body),
            parentKey.Parameters[0]);

    // Where each parent's rows are in the loaded list: both forms return them together, ordered by parent first.
    private static Dictionary<TKey, (int Start, int Count)> Runs<T, TKey>(List<KeyedRow<T>> rows)
        where TKey : notnull
    {
        var runs = new Dictionary<TKey, (int Start, int Count)>();
        var start = 0;
        for (var i = 1; i <= rows.Count; i++)
        {
            if (i < rows.Count && Equals(rows[i].Keys[^1], rows[start].Keys[^1]))
            {
                continue;
            }

            // A parent's rows come in one run; a second run would mean the statement did not order by parent.
            if (!runs.TryAdd((TKey)rows[start].Keys[^1]!, (start, i - start)))
            {
                throw new InvalidOperationException($"The rows of the parent {rows[start].Keys[^1]} did not come together.");
            }

            start = i;
        }

        return runs;
    }

    // The distinct parents joined to the top size + 1 rows of each, which EF Core translates to a window function;
    // ordered by parent, then by the keyset.
    private static IQueryable<T> ThroughEfCore<T, TKey>(IQueryable<T> rows, Keyset<T> keyset, Expression<Func<T, TKey>> parentKey, bool forward, int size)
    {
        var row = parentKey.Parameters[0];
        var parent = Expression.Parameter(typeof(TKey), "parent");
        var ofParent = Expression.Call(
            QueryableOf<T>.Where,
            rows.Expression,
            Expression.Quote(Expression.Lambda<Func<T, bool>>(Expression.Equal(parentKey.Body, parent), row)));
        var top = Expression.Call(QueryableOf<T>.Take, keyset.Order(ofParent, forward, thenBy: false), Expression.Constant(size + 1));
        var perParent = Expression.Lambda<Func<TKey, IEnumerable<T>>>(top, parent);

        var paged = rows.Select(parentKey).Distinct().SelectMany(perParent);
        return paged.Provider.CreateQuery<T>(keyset.Order(Keyset<T>.Apply(paged.Expression, parentKey, descending: false, first: true), forward, thenBy: true));
    }

    // One parent's page around its key: rows.Where(parentKey == key).OrderBy(...).Take(size + 1).Select(keyed).
    private static Expression PerParent<T, TKey>(
        Expression rows, Keyset<T> keyset, Expression<Func<T, TKey>> parentKey, ParameterExpression key, bool forward, int size, Expression<Func<T, KeyedRow<T>>> keyed)
    {
        var row = parentKey.Parameters[0];
        var ofParent = Expression.Call(
            QueryableOf<T>.Where, rows, Expression.Quote(Expression.Lambda<Func<T, bool>>(Expression.Equal(parentKey.Body, key), row)));
        var top = Expression.Call(QueryableOf<T>.Take, keyset.Order(ofParent, forward, thenBy: false), Expression.Constant(size + 1));
        return Expression.Call(QueryableOf<T>.Select, top, Expression.Quote(keyed));
    }

    // SELECT parent, count(*) ... GROUP BY parent: the totals of every parent in one statement, written here when it
    // can be (Statements.SqlPages), else by EF Core.
    private static async Task<Dictionary<TKey, int>> CountAsync<T, TKey>(
        IQueryable<T> rows, Expression<Func<T, TKey>> parentKey, TKey[] keys, PagingOptions options, CancellationToken cancellationToken)
        where TKey : notnull
    {
        var counts = options.WriteStatements && Statements.SqlPages.CountByKey(rows, parentKey, keys) is { } written
            ? await QueryExecution.GatedAsync(rows.Provider, written, cancellationToken).ConfigureAwait(false)
            : await QueryExecution.ToListAsync(
                rows.Where(InKeys(parentKey, keys)).GroupBy(parentKey).Select(g => new KeyValuePair<TKey, int>(g.Key, g.Count())), cancellationToken).ConfigureAwait(false);
        return counts.ToDictionary(c => c.Key, c => c.Value);
    }
}
