using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace KtPortal.GraphQL.Data;

/// <summary>
/// A query being shaped by the data middleware of one field. A resolver returns an <see cref="IQueryable{T}"/>;
/// the middleware of <c>[UseSorting]</c>, <c>[UseFiltering]</c> and <c>[UseProjection]</c> record what they
/// were asked for here, and <c>[UsePaging]</c> (or the list completion, through <see cref="IAsyncEnumerable{T}"/>)
/// turns it into one statement in the order SQL needs: filter, order (ending with the entity key), page, project.
/// Instances are immutable; each step returns a new query.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
public sealed class DataQuery<T> : IDataQuery, IAsyncEnumerable<T>
{
    private IReadOnlyList<SortKey>? _orderKeys;

    private DataQuery(
        IQueryable<T> source, IReadOnlyList<Expression<Func<T, bool>>> filters, IReadOnlyList<SortKey> sorts, Expression<Func<T, T>>? projection, ParentKey? parent,
        bool writeStatements = true)
    {
        Source = source;
        Filters = filters;
        Sorts = sorts;
        Projection = projection;
        Parent = parent;
        WriteStatements = writeStatements;
    }

    /// <summary>Starts shaping <paramref name="source"/>.</summary>
    public DataQuery(IQueryable<T> source)
        : this(source, [], [], null, null)
    {
    }

    /// <summary>
    /// Starts shaping the children of one parent: the rows of <paramref name="source"/> whose
    /// <paramref name="parentKey"/> equals <paramref name="parentValue"/>. A paged field loads the pages of all
    /// parents of a request together instead of one statement per parent (see <see cref="Parent"/>).
    /// </summary>
    public static DataQuery<T> ByParent<TKey>(IQueryable<T> source, Expression<Func<T, TKey>> parentKey, TKey parentValue)
        where TKey : notnull
        => new(source, [], [], null, new ParentKey(parentKey, parentValue));

    /// <summary>What the resolver returned.</summary>
    public IQueryable<T> Source { get; }

    /// <summary>Predicates to apply, all of which must hold.</summary>
    public IReadOnlyList<Expression<Func<T, bool>>> Filters { get; }

    /// <summary>The requested ordering, without the key tiebreak (see <see cref="OrderKeys"/>).</summary>
    public IReadOnlyList<SortKey> Sorts { get; }

    /// <summary>The projection of the selected members, or <see langword="null"/> to fetch whole entities.</summary>
    public Expression<Func<T, T>>? Projection { get; }

    /// <summary>
    /// For the children of one parent (<see cref="ByParent"/>): the member holding the parent's key and its value.
    /// <see cref="Filtered"/> restricts the rows to that parent; paging groups the parents of a request instead.
    /// </summary>
    public ParentKey? Parent { get; }

    /// <inheritdoc/>
    public Type ElementType => typeof(T);

    /// <summary>
    /// Whether a projected list of this query (not paged) is written as SQL by the data layer when it can be (see
    /// <see cref="Paging.PagingOptions.WriteStatements"/>, which sets it). True unless turned off.
    /// </summary>
    internal bool WriteStatements { get; }

    /// <summary>The full ordering: <see cref="Sorts"/>, then the entity key ascending unless it is sorted on already.</summary>
    public IReadOnlyList<SortKey> OrderKeys => _orderKeys ??= OrderKeysOf.GetValue(Sorts, ComputeOrderKeys);

    // The middleware of a paged field reads the ordering several times per query (projection, cursors, the loader's
    // name), and the queries of a selection's parents (and of every request, for an ordering kept with the document)
    // share their Sorts instance, which is never changed (OrderBy): the full ordering is made once per instance.
    private static readonly ConditionalWeakTable<IReadOnlyList<SortKey>, IReadOnlyList<SortKey>> OrderKeysOf = [];

    private static IReadOnlyList<SortKey> ComputeOrderKeys(IReadOnlyList<SortKey> sorts)
    {
        if (EntityKey.Find(typeof(T)) is not { } key)
        {
            return sorts;
        }

        foreach (var sort in sorts)
        {
            if (sort.Selector.Body is MemberExpression { Member: var member, Expression: ParameterExpression } && member == key)
            {
                return sorts;
            }
        }

        return [.. sorts, EntityKey.SortKey(typeof(T))];
    }

    /// <summary>Adds a predicate.</summary>
    public DataQuery<T> Where(Expression<Func<T, bool>> predicate)
        => new(Source, [.. Filters, predicate], Sorts, Projection, Parent, WriteStatements);

    /// <summary>Replaces the requested ordering. The list is kept, not copied (the paging and projection middleware key
    /// what they build for an ordering by its instance): do not change it afterwards.</summary>
    public DataQuery<T> OrderBy(IReadOnlyList<SortKey> sorts)
        => new(Source, Filters, sorts, Projection, Parent, WriteStatements);

    /// <summary>Sets the projection.</summary>
    public DataQuery<T> Select(Expression<Func<T, T>> projection)
        => new(Source, Filters, Sorts, projection, Parent, WriteStatements);

    /// <summary>The same query, its lists written as SQL here or not (<see cref="WriteStatements"/>).</summary>
    internal DataQuery<T> WithStatements(bool writeStatements)
        => writeStatements == WriteStatements ? this : new(Source, Filters, Sorts, Projection, Parent, writeStatements);

    /// <summary>The source with the filters applied, unordered and unprojected (what a count needs).</summary>
    public IQueryable<T> Filtered()
    {
        var query = Parent is null ? Source : Paging.QueryableOf<T>.Filter(Source, Parent.Predicate<T>());
        return ApplyFilters(query);
    }

    /// <summary>The source with the filters applied, for the rows of every parent (what a grouped load needs).</summary>
    public IQueryable<T> FilteredForAllParents() => ApplyFilters(Source);

    private IQueryable<T> ApplyFilters(IQueryable<T> query)
    {
        foreach (var filter in Filters)
        {
            query = Paging.QueryableOf<T>.Filter(query, filter);
        }

        return query;
    }

    /// <summary>The source filtered and ordered by <see cref="OrderKeys"/>, unprojected.</summary>
    public IQueryable<T> Ordered() => ApplyOrder(Filtered(), OrderKeys);

    /// <summary>The whole query: filtered, ordered, projected.</summary>
    public IQueryable<T> ToQueryable()
    {
        var query = Ordered();
        return Projection is null ? query : query.Select(Projection);
    }

    /// <summary>Applies <paramref name="keys"/> to <paramref name="query"/> as OrderBy/ThenBy calls.</summary>
    public static IQueryable<T> ApplyOrder(IQueryable<T> query, IReadOnlyList<SortKey> keys)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            query = query.Provider.CreateQuery<T>(Paging.Keyset<T>.Apply(query.Expression, key.OrderSelector, key.Descending, first: i == 0));
        }

        return query;
    }

    /// <inheritdoc/>
    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        => ToAsync(ToQueryable(), Projection is not null && WriteStatements, cancellationToken).GetAsyncEnumerator(cancellationToken);

    // The rows are read whole, in the context's turn (see QueryExecution), before the list completes: completing
    // an item can start child fields whose statements need the same context. A projected list is written as SQL
    // here when it can be (Statements.SqlPages), as a page is.
    private static async IAsyncEnumerable<T> ToAsync(
        IQueryable<T> query, bool writeStatements, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = writeStatements && Statements.SqlPages.Page(query) is { } statement
            ? await Paging.QueryExecution.GatedAsync(query.Provider, statement, cancellationToken).ConfigureAwait(false)
            : await Paging.QueryExecution.ToListAsync(query, cancellationToken).ConfigureAwait(false);
        foreach (var item in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }
    }
}
