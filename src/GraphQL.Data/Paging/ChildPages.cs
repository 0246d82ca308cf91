using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Fetching;
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

    private static async Task<Connection<T>> LoadByKeyAsync<T, TKey>(IResolverContext context, DataQuery<T> query, PagingArguments arguments, PagingOptions options, bool countTotal)
        where TKey : notnull
    {
        var parent = query.Parent!;
        var parentKey = (Expression<Func<T, TKey>>)parent.Selector;

        // The delegate of the first parent is kept for the batch: it captures that parent's query, which the name
        // guarantees every parent of the batch shares.
        var loader = context.BatchDataLoader<TKey, Connection<T>>(
            async (keys, cancellationToken) => await GroupedPages.LoadAsync(query, parentKey, keys, arguments, options, countTotal, cancellationToken).ConfigureAwait(false),
            LoaderName(context, query, arguments, countTotal));
        var page = await loader.LoadAsync((TKey)parent.Value, context.RequestAborted).ConfigureAwait(false);
        return page ?? throw new InvalidOperationException($"The grouped page loader of {context.Field.Coordinate} returned no page for {parent.Value}.");
    }

    /// <summary>
    /// What the parents of one batch must share, as text: the field, the paging arguments, whether totals are
    /// counted, and the source, filters, ordering and projection of the query. The last four are numbered by
    /// content within the execution (<see cref="ExpressionEqualityComparer"/>, under which the values a query
    /// reads from a closure differ with the closure), so that alike queries share a batch and a query that reads
    /// anything of its parent beyond the parent key never does.
    /// </summary>
    internal static string LoaderName<T>(IResolverContext context, DataQuery<T> query, PagingArguments arguments, bool countTotal)
    {
        var shapes = Shapes(context);
        var name = new StringBuilder("KtPortal.Data.ChildPages:", 128).Append(context.Field.Coordinate);
        name.Append("|first=").Append(arguments.First?.ToString(CultureInfo.InvariantCulture))
            .Append("|after=").Append(arguments.After)
            .Append("|last=").Append(arguments.Last?.ToString(CultureInfo.InvariantCulture))
            .Append("|before=").Append(arguments.Before)
            .Append("|count=").Append(countTotal ? '1' : '0')
            .Append("|source=").Append(Shape(shapes, query.Source.Expression))
            .Append("|where=");
        foreach (var filter in query.Filters)
        {
            name.Append(Shape(shapes, filter)).Append(',');
        }

        name.Append("|order=");
        foreach (var key in query.OrderKeys)
        {
            name.Append(Shape(shapes, key.Selector)).Append(key.Descending ? "d," : "a,");
        }

        name.Append("|select=").Append(query.Projection is { } projection ? Shape(shapes, projection) : -1);
        return name.ToString();
    }

    private static int Shape(ConcurrentDictionary<Expression, int> shapes, Expression expression)
        => shapes.TryGetValue(expression, out var id) ? id : shapes.GetOrAdd(expression, static (_, all) => all.Count, shapes);

    private static ConcurrentDictionary<Expression, int> Shapes(IResolverContext context)
    {
        var data = context.ContextData;
        if (data.TryGetValue(ShapesKey, out var stored) && stored is ConcurrentDictionary<Expression, int> shapes)
        {
            return shapes;
        }

        // ContextData is a concurrent dictionary during execution, so siblings racing here agree on one table.
        return (ConcurrentDictionary<Expression, int>)(data is ConcurrentDictionary<string, object?> concurrent
            ? concurrent.GetOrAdd(ShapesKey, static _ => new ConcurrentDictionary<Expression, int>(ExpressionEqualityComparer.Instance))!
            : data[ShapesKey] = new ConcurrentDictionary<Expression, int>(ExpressionEqualityComparer.Instance));
    }
}
