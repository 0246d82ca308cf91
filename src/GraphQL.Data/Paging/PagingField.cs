using System.Globalization;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Fetching;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.Data.Paging;

/// <summary>
/// What <c>[UsePaging]</c> makes of one field: the connection type, the Relay arguments, the cost directives and
/// the middleware that runs the page. The options are settled when the schema is compiled (global options from
/// the services, then the field's own changes).
/// </summary>
/// <typeparam name="T">The node type.</typeparam>
internal sealed class PagingField<T>(Action<PagingOptions>? configure) : IPagingField
{
    /// <summary>The key of <see cref="OutputField.ContextData"/> under which a paged field keeps its <see cref="IPagingField"/>.</summary>
    public const string ContextKey = "KtPortal.Data.Paging";

    private PagingOptions _options = new();

    public PagingOptions Options => _options;

    public void Apply(IObjectFieldDescriptor descriptor)
    {
        // On the items of a list, the field resolves for all of them at once (BatchMiddleware). Elsewhere a child
        // list (ByParent) loads through a DataLoader; marking the field makes executors count resolvers, so that its
        // batches gather a whole level without the application registering a batch scheduler.
        descriptor.Use(Middleware, BatchMiddleware).ContextData(ContextKey, this).LoadsThroughDataLoaders().OnBeforeCreate(Configure);
    }

    private void Configure(IDescriptorContext context, IObjectFieldDescriptor descriptor)
    {
        var options = (context.Services?.GetService<PagingOptions>() ?? new PagingOptions()).Clone();
        configure?.Invoke(options);
        if (options.DefaultPageSize < 0 || options.MaxPageSize < 1 || options.DefaultPageSize > options.MaxPageSize)
        {
            throw new InvalidOperationException(
                $"paging needs 0 <= DefaultPageSize <= MaxPageSize and MaxPageSize >= 1 (got {options.DefaultPageSize} and {options.MaxPageSize}).");
        }

        if (EntityKey.Find(typeof(T)) is null)
        {
            throw new InvalidOperationException(
                $"{typeof(T).Name} has no key: mark one property [Key] or name it Id, so that cursors identify one row.");
        }

        _options = options;
        var node = context.GetTypeName(typeof(T));
        context.AddTypeDefinitions(ConnectionTypes.PageInfo, "[UsePaging]");
        context.AddTypeDefinitions(ConnectionTypes.Connection(node, options.IncludeTotalCount), $"[UsePaging] on {typeof(T).Name}");

        // https://relay.dev/graphql/connections.htm#sec-Arguments
        descriptor
            .Type(ConnectionTypes.ConnectionName(node) + "!")
            .Argument("first", a => a.Type("Int").Description("Returns the first _n_ elements from the list."))
            .Argument("after", a => a.Type("String").Description("Returns the elements in the list that come after the specified cursor."))
            .Argument("last", a => a.Type("Int").Description("Returns the last _n_ elements from the list."))
            .Argument("before", a => a.Type("String").Description("Returns the elements in the list that come before the specified cursor."))
            .Directive("listSize", new Dictionary<string, object?>
            {
                ["assumedSize"] = options.DefaultPageSize,
                ["slicingArguments"] = new[] { "first", "last" },
                ["sizedFields"] = new[] { "edges", "nodes" },
                ["requireOneSlicingArgument"] = false,
            })
            .Directive("cost", new Dictionary<string, object?> { ["weight"] = options.FieldCost.ToString("R", CultureInfo.InvariantCulture) });
    }

    private FieldResolverDelegate Middleware(FieldResolverDelegate next) => async context =>
    {
        var arguments = Arguments(context);

        // Bad arguments fail the field before the resolver runs.
        _ = arguments.PageSize(_options);
        var query = DataQueries.From<T>(await next(context).ConfigureAwait(false));
        if (query is null)
        {
            return null;
        }

        if (_options.HoldConnection)
        {
            QueryExecution.Hold(context, query.Source.Provider);
        }

        var countTotal = CountsTotal(context);
        if (query.Parent is not null)
        {
            // One statement for the pages of all parents of the level (and one grouped COUNT), through a DataLoader.
            return await ChildPages.LoadAsync(context, query, arguments, _options, countTotal).ConfigureAwait(false);
        }

        return await PageExecutor.ExecuteAsync(query, arguments, _options, countTotal, context.RequestAborted).ConfigureAwait(false);
    };

    /// <summary>
    /// The field on every item of a list at once. Every item's pipeline (projection, filtering, sorting, the
    /// resolver) still runs, all started before any is awaited so that their own loads share batches; then the
    /// children of the items whose queries are alike (<see cref="ChildPages.LoaderName"/>) go into the request's
    /// grouped page loader in one call, with no resolver, load or wake-up per item; the loader still gathers alike
    /// queries of other lists of the level into the same statement. A query without a parent runs its own page.
    /// The arguments are the same for every item (one selection), so a bad one fails every item's field.
    /// </summary>
    private BatchFieldResolverDelegate BatchMiddleware(FieldResolverDelegate next) => async contexts =>
    {
        var first = contexts[0];
        var arguments = Arguments(first);
        _ = arguments.PageSize(_options);
        var aborted = first.RequestAborted;
        var results = new object?[contexts.Count];
        var pending = new ValueTask<object?>[contexts.Count];
        for (var i = 0; i < pending.Length; i++)
        {
            try
            {
                pending[i] = next(contexts[i]);
            }
            catch (Exception exception) when (!aborted.IsCancellationRequested)
            {
                pending[i] = ValueTask.FromException<object?>(exception);
            }
        }

        var queries = new DataQuery<T>?[pending.Length];
        for (var i = 0; i < pending.Length; i++)
        {
            try
            {
                queries[i] = DataQueries.From<T>(await pending[i].ConfigureAwait(false));
            }
            catch (Exception exception) when (!aborted.IsCancellationRequested)
            {
                results[i] = exception;
            }
        }

        var countTotal = CountsTotal(first);
        Dictionary<string, List<int>>? groups = null;
        IQueryProvider? held = null;
        for (var i = 0; i < queries.Length; i++)
        {
            if (queries[i] is not { } query)
            {
                continue;
            }

            // The items' queries are usually on one context: its hold is asked for once.
            if (_options.HoldConnection && !ReferenceEquals(held, query.Source.Provider))
            {
                held = query.Source.Provider;
                QueryExecution.Hold(contexts[i], held);
            }

            if (query.Parent is null)
            {
                results[i] = await PageOrErrorAsync(query, arguments, countTotal, aborted).ConfigureAwait(false);
                continue;
            }

            var name = ChildPages.LoaderName(contexts[i], query, arguments, countTotal);
            groups ??= new Dictionary<string, List<int>>(StringComparer.Ordinal);
            if (!groups.TryGetValue(name, out var members))
            {
                groups[name] = members = [];
            }

            members.Add(i);
        }

        if (groups is null)
        {
            return results;
        }

        // Every group is loaded before any is awaited, so that they dispatch together with the rest of the level.
        var loads = new List<(List<int> Members, Task<IReadOnlyList<Connection<T>>> Pages)>(groups.Count);
        foreach (var (name, members) in groups)
        {
            var keys = new object[members.Count];
            for (var m = 0; m < keys.Length; m++)
            {
                keys[m] = queries[members[m]]!.Parent!.Value;
            }

            loads.Add((members, ChildPages.LoadGroupAsync(contexts[members[0]], name, queries[members[0]]!, keys, arguments, _options, countTotal)));
        }

        foreach (var (members, load) in loads)
        {
            try
            {
                var pages = await load.ConfigureAwait(false);
                for (var m = 0; m < members.Count; m++)
                {
                    results[members[m]] = (object?)pages[m] ?? ChildPages.NoPage(contexts[members[m]], queries[members[m]]!.Parent!.Value);
                }
            }
            catch (Exception exception) when (!aborted.IsCancellationRequested)
            {
                // A failed statement fails the items of its group, and no others.
                foreach (var member in members)
                {
                    results[member] = exception;
                }
            }
        }

        return results;
    };

    private async Task<object?> PageOrErrorAsync(DataQuery<T> query, PagingArguments arguments, bool countTotal, CancellationToken aborted)
    {
        try
        {
            return await PageExecutor.ExecuteAsync(query, arguments, _options, countTotal, aborted).ConfigureAwait(false);
        }
        catch (Exception exception) when (!aborted.IsCancellationRequested)
        {
            return exception;
        }
    }

    private static PagingArguments Arguments(IResolverContext context) => new(
        context.ArgumentValue<int?>("first"), context.ArgumentValue<string?>("after"), context.ArgumentValue<int?>("last"), context.ArgumentValue<string?>("before"));

    // The items of a list ask this once per parent with the same selection, so the answer is kept for the selection.
    private bool CountsTotal(IResolverContext context)
        => _options.IncludeTotalCount
            && (bool)SelectionCache.GetOrAdd(context, "totalCount", null, context, static c => (object)SelectsTotalCount(c));

    // The count is a second statement: only when totalCount is selected (through fragments too).
    private static bool SelectsTotalCount(IResolverContext context)
    {
        if (context.Field.Type.NamedType() is not ObjectType connection)
        {
            return false;
        }

        foreach (var selection in context.GetSelections(connection))
        {
            if (selection.Field.Name == "totalCount")
            {
                return true;
            }
        }

        return false;
    }
}
