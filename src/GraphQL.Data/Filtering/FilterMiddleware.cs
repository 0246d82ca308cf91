using System.Reflection;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Filtering;

/// <summary>Adds the <c>where</c> argument and the middleware that turns it into a predicate on the field's <see cref="DataQuery{T}"/>.</summary>
internal static class FilterMiddleware
{
    /// <summary>The name of the argument.</summary>
    public const string ArgumentName = "where";

    /// <summary>The context data key under which the field records its filter input type's name.</summary>
    public const string ContextDataKey = "KtPortal.Data.FilterInput";

    private static readonly MethodInfo CreateMethod = typeof(FilterMiddleware).GetMethod(nameof(Create), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static void Configure(IDescriptorContext context, IObjectFieldDescriptor descriptor, Type entityType, FilteringOptions options)
    {
        var generator = new FilterTypeGenerator(context, options, $"[UseFiltering] of {entityType.Name}");
        var inputName = generator.FilterInput(entityType);
        descriptor.Argument(ArgumentName, argument => argument.Type(inputName));
        descriptor.ContextData(ContextDataKey, inputName);
        descriptor.Use((FieldMiddleware)CreateMethod.MakeGenericMethod(entityType).Invoke(null, [options, generator.IdTypes])!);
    }

    private static FieldMiddleware Create<T>(FilteringOptions options, IReadOnlyDictionary<PropertyInfo, string> idTypes)
        => next => async context =>
        {
            var where = context.ArgumentValue(ArgumentName) as IReadOnlyDictionary<string, object?>;
            var result = await next(context).ConfigureAwait(false);
            if (DataQueries.From<T>(result) is not { } query)
            {
                return null;
            }

            if (where is null)
            {
                return query;
            }

            // Built once per selection and execution: the items of a list share it (see SelectionCache).
            var inMemory = query.Source.Provider is EnumerableQuery;
            var built = SelectionCache.GetOrAdd(
                context,
                inMemory ? "filter:memory" : "filter",
                null,
                (where, inMemory, options, idTypes, ids: context.Services.GetService(typeof(INodeIdSerializer)) as INodeIdSerializer ?? NodeIdSerializer.Default),
                static state => new Built<T>(new FilterExpressionBuilder(state.options, state.inMemory, state.idTypes, state.ids).Build<T>(state.where, ArgumentName)));
            return built.Predicate is { } predicate ? query.Where(predicate) : query;
        };

    private sealed record Built<T>(System.Linq.Expressions.Expression<Func<T, bool>>? Predicate);
}
