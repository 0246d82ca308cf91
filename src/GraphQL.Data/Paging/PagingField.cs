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
        // A child list (ByParent) loads through a DataLoader; marking the field makes executors count resolvers, so
        // that its batches gather a whole level without the application registering a batch scheduler.
        descriptor.Use(Middleware).ContextData(ContextKey, this).LoadsThroughDataLoaders().OnBeforeCreate(Configure);
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
        var arguments = new PagingArguments(
            context.ArgumentValue<int?>("first"), context.ArgumentValue<string?>("after"), context.ArgumentValue<int?>("last"), context.ArgumentValue<string?>("before"));

        // Bad arguments fail the field before the resolver runs.
        _ = arguments.PageSize(_options);
        var query = DataQueries.From<T>(await next(context).ConfigureAwait(false));
        if (query is null)
        {
            return null;
        }

        // The items of a list ask this once per parent with the same selection, so the answer is kept for the selection.
        var countTotal = _options.IncludeTotalCount
            && (bool)SelectionCache.GetOrAdd(context, "totalCount", null, context, static c => (object)SelectsTotalCount(c));
        if (query.Parent is not null)
        {
            // One statement for the pages of all parents of the level (and one grouped COUNT), through a DataLoader.
            return await ChildPages.LoadAsync(context, query, arguments, _options, countTotal).ConfigureAwait(false);
        }

        return await PageExecutor.ExecuteAsync(query, arguments, _options, countTotal, context.RequestAborted).ConfigureAwait(false);
    };

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
