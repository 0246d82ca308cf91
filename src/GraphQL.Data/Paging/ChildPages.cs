using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using KtPortal.GraphQL.Data.Filtering;
using KtPortal.GraphQL.Data.Sorting;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Fetching;

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
/// of: the field, the paging arguments, the ordering, the filter and sort arguments, the resolver's own filters,
/// the projection and whether totals are counted. Parents that differ in any of them get another loader, and so
/// another batch. The batch's statements run on the <see cref="Microsoft.EntityFrameworkCore.DbContext"/> of that
/// one query.
/// </remarks>
internal static class ChildPages
{
    private static readonly MethodInfo LoadMethod = typeof(ChildPages).GetMethod(nameof(LoadByKeyAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly ConcurrentDictionary<(Type Entity, Type Key), Delegate> Loads = new();

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

    /// <summary>What the parents of one batch must share, as text.</summary>
    internal static string LoaderName<T>(IResolverContext context, DataQuery<T> query, PagingArguments arguments, bool countTotal)
    {
        var name = new StringBuilder("KtPortal.Data.ChildPages:").Append(context.Field.Coordinate);
        name.Append("|first=").Append(arguments.First?.ToString(CultureInfo.InvariantCulture))
            .Append("|after=").Append(arguments.After)
            .Append("|last=").Append(arguments.Last?.ToString(CultureInfo.InvariantCulture))
            .Append("|before=").Append(arguments.Before)
            .Append("|count=").Append(countTotal ? '1' : '0')
            .Append("|order=");
        foreach (var key in query.OrderKeys)
        {
            name.Append(key.Selector.Body).Append(key.Descending ? " desc," : " asc,");
        }

        // The filter and sort arguments hold the values the predicates read as parameters, which the expressions'
        // text does not show; the expressions add what the resolver filtered on itself.
        name.Append("|where=");
        AppendValue(name, context.ArgumentValue(FilterMiddleware.ArgumentName));
        name.Append("|sort=");
        AppendValue(name, context.ArgumentValue(SortMiddleware.ArgumentName));
        name.Append("|filters=");
        foreach (var filter in query.Filters)
        {
            name.Append(filter).Append(';');
        }

        name.Append("|select=").Append(query.Projection?.Body.ToString() ?? "*");
        return name.ToString();
    }

    private static void AppendValue(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                text.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case IEnumerable<KeyValuePair<string, object?>> fields:
                text.Append('{');
                foreach (var (field, fieldValue) in fields)
                {
                    text.Append(field).Append(':');
                    AppendValue(text, fieldValue);
                    text.Append(',');
                }

                text.Append('}');
                break;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    AppendValue(text, item);
                    text.Append(',');
                }

                text.Append(']');
                break;
            case IFormattable formattable:
                text.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(value);
                break;
        }
    }
}
