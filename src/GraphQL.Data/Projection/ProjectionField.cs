using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Projection;

/// <summary>The middleware of <c>[UseProjection]</c>: sets <see cref="DataQuery{T}.Projection"/> from the request's selections.</summary>
/// <typeparam name="T">The entity type.</typeparam>
internal static class ProjectionField<T>
{
    public static void Apply(IObjectFieldDescriptor descriptor)
        => descriptor.Use(next => async context =>
        {
            var query = DataQueries.From<T>(await next(context).ConfigureAwait(false));

            // The inner middleware (filtering, sorting) ran already, so the ordering the cursors need is known.
            // A child query keeps its parent key, which groups the rows of many parents.
            return query?.Select(ProjectionBuilder.Build<T>(context, query.OrderKeys, query.Parent is { } parent ? [parent.Selector] : null));
        });
}
