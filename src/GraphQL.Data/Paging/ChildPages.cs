using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Fetching;
using KtPortal.GraphQL.Types;
using Microsoft.EntityFrameworkCore.Query;

namespace KtPortal.GraphQL.Data.Paging;

/// <summary>
/// The pages of a paged child list (a query made with <c>ByParent</c>) loaded for all the parents of a request
/// together: each parent's resolver adds its key to a request-scoped DataLoader, whose batch runs
/// <see cref="GroupedPages.LoadAsync{T, TKey}(DataQuery{T}, Expression{Func{T, TKey}}, IReadOnlyCollection{TKey}, PagingArguments, PagingOptions, bool, CancellationToken)"/>
/// once: one statement per level, and one grouped COUNT when <c>totalCount</c> is selected.
/// </summary>
/// <remarks>
/// The batch runs the query of the parent that opened it, with every parent's key. That is right only for parents
/// whose queries differ in nothing but the parent key, so the loader's name holds everything else a query is made
/// of (see <see cref="LoaderName"/>). Parents that differ in any of it get another loader, and so another batch. The batch's statements run on the <see cref="Microsoft.EntityFrameworkCore.DbContext"/> of that
/// one query.
/// </remarks>
internal static class ChildPages
{
    private static readonly MethodInfo LoadMethod = typeof(ChildPages).GetMethod(nameof(LoadByKeyAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly ConcurrentDictionary<(Type Entity, Type Key), Delegate> Loads = new();

    private const string ShapesKey = "KtPortal.Data.ChildPageShapes";

    /// <summary>The page of the parent of <paramref name="query"/>, loaded in one batch with its siblings' pages.</summary>
    public static Task<Connection<T>> LoadAsync<T>(IResolverContext context, DataQuery<T> query, PagingArguments arguments, PagingOptions options, bool countTotal)
    {
        var parent = query.Parent ?? throw new InvalidOperationException("The query has no parent.");
        var load = (Func<IResolverContext, DataQuery<T>, PagingArguments, PagingOptions, bool, Task<Connection<T>>>)Loads.GetOrAdd(
            (typeof(T), parent.Selector.ReturnType),
            static types => LoadMethod.MakeGenericMethod(types.Entity, types.Key)
                .CreateDelegate(typeof(Func<IResolverContext, DataQuery<T>, PagingArguments, PagingOptions, bool, Task<Connection<T>>>)));
        return load(context, query, arguments, options, countTotal);
    }

    private static readonly MethodInfo GroupMethod = typeof(ChildPages).GetMethod(nameof(LoadGroupByKeyAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly ConcurrentDictionary<(Type Entity, Type Key), Delegate> GroupLoads = new();

    /// <summary>
    /// The pages of the parents in <paramref name="keys"/>, in their order: the items of one list, whose queries the
    /// caller has found alike by their <see cref="LoaderName"/> (<paramref name="name"/>). They go into the
    /// request's loader of that name in one call, so that the items of other lists of the level (and single
    /// parents) with alike queries still share their statement.
    /// </summary>
    public static Task<IReadOnlyList<Connection<T>>> LoadGroupAsync<T>(IResolverContext context, string name, DataQuery<T> query, object[] keys, PagingArguments arguments, PagingOptions options, bool countTotal)
    {
        var parent = query.Parent ?? throw new InvalidOperationException("The query has no parent.");
        var load = (Func<IResolverContext, string, DataQuery<T>, object[], PagingArguments, PagingOptions, bool, Task<IReadOnlyList<Connection<T>>>>)GroupLoads.GetOrAdd(
            (typeof(T), parent.Selector.ReturnType),
            static types => GroupMethod.MakeGenericMethod(types.Entity, types.Key)
                .CreateDelegate(typeof(Func<IResolverContext, string, DataQuery<T>, object[], PagingArguments, PagingOptions, bool, Task<IReadOnlyList<Connection<T>>>>)));
        return load(context, name, query, keys, arguments, options, countTotal);
    }

    private static Task<IReadOnlyList<Connection<T>>> LoadGroupByKeyAsync<T, TKey>(IResolverContext context, string name, DataQuery<T> query, object[] keys, PagingArguments arguments, PagingOptions options, bool countTotal)
        where TKey : notnull
    {
        var typed = new TKey[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            typed[i] = (TKey)keys[i];
        }

        return Loader<T, TKey>(context, name, query, arguments, options, countTotal).LoadAsync(typed, CancellationToken.None);
    }

    // The delegate of the first query to open the loader is kept for the batch: it captures that query, which the
    // name guarantees every parent of the batch shares. The batch runs its statements under the request's token, so
    // a cancelled request fails every key of it; the loads therefore pass no token of their own, which spares each
    // of them a cancellation registration and a wrapping task.
    private static IDataLoader<TKey, Connection<T>> Loader<T, TKey>(IResolverContext context, string name, DataQuery<T> query, PagingArguments arguments, PagingOptions options, bool countTotal)
        where TKey : notnull
    {
        var parentKey = (Expression<Func<T, TKey>>)query.Parent!.Selector;
        var requestAborted = context.RequestAborted;
        return context.BatchDataLoader<TKey, Connection<T>>(
            async (keys, _) => await GroupedPages.LoadAsync(query, parentKey, keys, arguments, options, countTotal, requestAborted).ConfigureAwait(false),
            name);
    }

    private static async Task<Connection<T>> LoadByKeyAsync<T, TKey>(IResolverContext context, DataQuery<T> query, PagingArguments arguments, PagingOptions options, bool countTotal)
        where TKey : notnull
    {
        var loader = Loader<T, TKey>(context, LoaderName(context, query, arguments, countTotal), query, arguments, options, countTotal);
        var page = await loader.LoadAsync((TKey)query.Parent!.Value, CancellationToken.None).ConfigureAwait(false);
        return page ?? throw NoPage(context, query.Parent.Value);
    }

    /// <summary>The error of a parent the grouped loader returned no page for (it returns one for every key it is given).</summary>
    public static InvalidOperationException NoPage(IResolverContext context, object key)
        => new($"The grouped page loader of {context.Field.Coordinate} returned no page for {key}.");

    /// <summary>
    /// What the parents of one batch must share, as text: the field, the paging arguments, whether totals are
    /// counted, and the source, filters, ordering and projection of the query. The last four are numbered by
    /// content within the execution (<see cref="ExpressionEqualityComparer"/>, under which the values a query
    /// reads from a closure differ with the closure), so that alike queries share a batch and a query that reads
    /// anything of its parent beyond the parent key never does.
    /// </summary>
    internal static string LoaderName<T>(IResolverContext context, DataQuery<T> query, PagingArguments arguments, bool countTotal)
    {
        // The parents of a level resolve the same selection, so their arguments agree and their filters, ordering
        // and projection are the same instances: a name made for the previous parent is reused when every part
        // is the same instance again (which implies the same shape), without numbering anything.
        var last = SelectionCache.GetOrAdd(context, "childPages:name", null, 0, static _ => new LastLoaderName());
        if (last.Value is { } previous && previous.Matches(context.Field, query.Source.Expression, query.Filters, query.OrderKeys, query.Projection))
        {
            return previous.Name;
        }

        var name = BuildLoaderName(context, query, arguments, countTotal);
        last.Value = new NamedQuery(context.Field, query.Source.Expression, [.. query.Filters], [.. query.OrderKeys], query.Projection, name);
        return name;
    }

    private static string BuildLoaderName<T>(IResolverContext context, DataQuery<T> query, PagingArguments arguments, bool countTotal)
    {
        var shapes = Shapes(context);
        var name = new StringBuilder("KtPortal.Data.ChildPages:", 128).Append(context.Field.Coordinate);
        name.Append("|first=").Append(arguments.First?.ToString(CultureInfo.InvariantCulture))
            .Append("|after=").Append(arguments.After)
            .Append("|last=").Append(arguments.Last?.ToString(CultureInfo.InvariantCulture))
            .Append("|before=").Append(arguments.Before)
            .Append("|count=").Append(countTotal ? '1' : '0')
            .Append("|source=").Append(shapes.Of(query.Source.Expression))
            .Append("|where=");
        foreach (var filter in query.Filters)
        {
            name.Append(shapes.Of(filter)).Append(',');
        }

        name.Append("|order=");
        foreach (var key in query.OrderKeys)
        {
            name.Append(shapes.Of(key.OrderSelector)).Append(key.Descending ? "d," : "a,");
        }

        name.Append("|select=").Append(query.Projection is { } projection ? shapes.Of(projection) : -1);
        return name.ToString();
    }

    private static ShapeTable Shapes(IResolverContext context)
    {
        var data = context.ContextData;
        if (data.TryGetValue(ShapesKey, out var stored) && stored is ShapeTable shapes)
        {
            return shapes;
        }

        // ContextData is a concurrent dictionary during execution, so siblings racing here agree on one table.
        return (ShapeTable)(data is ConcurrentDictionary<string, object?> concurrent
            ? concurrent.GetOrAdd(ShapesKey, static _ => new ShapeTable())!
            : data[ShapesKey] = new ShapeTable());
    }

    private sealed class LastLoaderName
    {
        public volatile NamedQuery? Value;
    }

    /// <summary>The parts of a query, by instance, and the loader name made of them.</summary>
    private sealed class NamedQuery(OutputField field, Expression source, LambdaExpression[] filters, SortKey[] order, LambdaExpression? projection, string name)
    {
        public string Name => name;

        public bool Matches(OutputField otherField, Expression otherSource, IReadOnlyList<LambdaExpression> otherFilters, IReadOnlyList<SortKey> otherOrder, LambdaExpression? otherProjection)
        {
            if (!ReferenceEquals(field, otherField) || !ReferenceEquals(source, otherSource) || !ReferenceEquals(projection, otherProjection)
                || filters.Length != otherFilters.Count || order.Length != otherOrder.Count)
            {
                return false;
            }

            for (var i = 0; i < filters.Length; i++)
            {
                if (!ReferenceEquals(filters[i], otherFilters[i]))
                {
                    return false;
                }
            }

            for (var i = 0; i < order.Length; i++)
            {
                if (!ReferenceEquals(order[i], otherOrder[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// The shape numbers of one execution. The parents of a level share their filters, ordering and projection as
    /// instances (the middleware builds them once per selection), so an instance seen before is answered by
    /// reference; only a new instance is compared by content, which walks its whole tree.
    /// </summary>
    private sealed class ShapeTable
    {
        private readonly ConcurrentDictionary<Expression, int> _byContent = new(ExpressionEqualityComparer.Instance);
        private readonly ConcurrentDictionary<Expression, int> _byReference = new(ReferenceEqualityComparer.Instance);

        public int Of(Expression expression)
        {
            if (_byReference.TryGetValue(expression, out var id))
            {
                return id;
            }

            id = _byContent.GetOrAdd(expression, static (_, all) => all.Count, _byContent);
            _byReference.TryAdd(expression, id);
            return id;
        }
    }
}
