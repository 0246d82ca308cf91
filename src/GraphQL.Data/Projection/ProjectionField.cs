using KtPortal.GraphQL.Data.Paging;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Projection;

/// <summary>The middleware of <c>[UseProjection]</c>: sets <see cref="DataQuery{T}.Projection"/> from the request's selections.</summary>
/// <typeparam name="T">The entity type.</typeparam>
internal static class ProjectionField<T>
{
    public static void Apply(IObjectFieldDescriptor descriptor)
    {
        // A projected list is written as SQL by the data layer unless the application turned that off; settled when
        // the schema is built, as the paging options are (a paged field follows its own).
        var writeStatements = true;
        descriptor.OnBeforeCreate((context, _) => writeStatements = context.Services?.GetService(typeof(PagingOptions)) is not PagingOptions { WriteStatements: false });
        descriptor.Use(next => async context =>
        {
            var query = DataQueries.From<T>(await next(context).ConfigureAwait(false));
            if (query is null)
            {
                return null;
            }

            if (!writeStatements)
            {
                query = query.WithStatements(false);
            }

            // The inner middleware (filtering, sorting) ran already, so the ordering the cursors need is known.
            if (query.Parent is not { } parent)
            {
                return query.Select(ProjectionBuilder.Build<T>(context, query.OrderKeys));
            }

            // A child query keeps its parent key, which groups the rows of many parents. Every parent of a selection
            // gets the same projection, built once per execution for the ordering it was built with (the sorting
            // middleware shares its keys the same way); the field's resolver names one parent key member.
            return query.Select(SelectionCache.GetOrAdd(
                context,
                "projection",
                query.Sorts,
                (context, query.OrderKeys, parent.Selector),
                static state => ProjectionBuilder.Build<T>(state.context, state.OrderKeys, [state.Selector])));
        });
    }
}
