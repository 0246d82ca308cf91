using System.Collections;
using System.Reflection;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Sorting;

/// <summary>Adds the <c>order</c> argument and the middleware that turns it into the ordering of the field's <see cref="DataQuery{T}"/>.</summary>
internal static class SortMiddleware
{
    /// <summary>The name of the argument.</summary>
    public const string ArgumentName = "order";

    /// <summary>The context data key under which the field records its sort input type's name.</summary>
    public const string ContextDataKey = "KtPortal.Data.SortInput";

    private static readonly MethodInfo CreateMethod = typeof(SortMiddleware).GetMethod(nameof(Create), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static void Configure(IDescriptorContext context, IObjectFieldDescriptor descriptor, Type entityType, SortingOptions options)
    {
        var inputName = new SortTypeGenerator(context, options, $"[UseSorting] of {entityType.Name}").SortInput(entityType);
        descriptor.Argument(ArgumentName, argument => argument.Type($"[{inputName}!]"));
        descriptor.ContextData(ContextDataKey, inputName);
        descriptor.Use((FieldMiddleware)CreateMethod.MakeGenericMethod(entityType).Invoke(null, [])!);
    }

    private static FieldMiddleware Create<T>()
        => next => async context =>
        {
            var order = context.ArgumentValue(ArgumentName);
            var result = await next(context).ConfigureAwait(false);
            if (DataQueries.From<T>(result) is not { } query)
            {
                return null;
            }

            if (order is not IEnumerable elements)
            {
                return query;
            }

            // Built once per selection and execution: the items of a list share it (see SelectionCache); and once for
            // every request of the document when the argument reads no variable.
            var inMemory = query.Source.Provider is EnumerableQuery;
            var kind = inMemory ? "order:memory" : "order";
            var state = (elements, inMemory);
            var keys = context.ArgumentUsesVariables(ArgumentName)
                ? SelectionCache.GetOrAdd(context, kind, null, state, Build<T>)
                : SelectionCache.GetOrAddShared(context, kind, null, state, Build<T>);
            return keys.Count == 0 ? query : query.OrderBy(keys);
        };

    private static IReadOnlyList<SortKey> Build<T>((IEnumerable Elements, bool InMemory) state)
        => new SortKeyBuilder(state.InMemory).Build<T>(state.Elements.Cast<object?>(), ArgumentName);
}
