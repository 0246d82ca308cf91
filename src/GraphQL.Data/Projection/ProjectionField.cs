using System.Linq.Expressions;
using System.Reflection;
using KtPortal.GraphQL.Data.Paging;
using KtPortal.GraphQL.Execution;
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
        var holdConnection = true;
        descriptor.OnBeforeCreate((context, _) =>
        {
            var options = context.Services?.GetService(typeof(PagingOptions)) as PagingOptions;
            writeStatements = options is not { WriteStatements: false };
            holdConnection = options is not { HoldConnection: false };
        });
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

            if (holdConnection)
            {
                QueryExecution.Hold(context, query.Source.Provider);
            }

            // The inner middleware (filtering, sorting) ran already, so the ordering the cursors need is known. When
            // the operation's selections do not depend on its variables, the projection is the same in every request
            // of the document for the same ordering, and is kept across requests (the sorting middleware keeps a
            // literal ordering the same way, so the ordering is the same instance too).
            var shared = !context.SelectionsDependOnVariables;
            if (query.Parent is not { } parent)
            {
                var root = (context, query.OrderKeys);
                return query.Select(shared
                    ? SelectionCache.GetOrAddShared(context, "projection", query.Sorts, root, static state => ProjectionBuilder.Build<T>(state.context, state.OrderKeys))
                    : ProjectionBuilder.Build<T>(context, query.OrderKeys));
            }

            // A child query keeps its parent key, which groups the rows of many parents. Every parent of a selection
            // gets the same projection, built once per execution for the ordering it was built with; the field's
            // resolver names one parent key member. A projection kept across requests is used only for the member
            // it was built with.
            var child = (context, query.OrderKeys, parent.Selector);
            if (shared && SelectionCache.GetOrAddShared(context, "projection:child", query.Sorts, child, static state => new ChildProjection(state)) is var kept
                && kept.Matches(parent.Selector))
            {
                return query.Select(kept.Projection);
            }

            return query.Select(SelectionCache.GetOrAdd(
                context,
                "projection",
                query.Sorts,
                child,
                static state => ProjectionBuilder.Build<T>(state.context, state.OrderKeys, [state.Selector])));
        });
    }

    // A child query's projection, with the parent key member it loads.
    private sealed class ChildProjection((IResolverContext Context, IReadOnlyList<SortKey> OrderKeys, LambdaExpression Selector) state)
    {
        public Expression<Func<T, T>> Projection { get; } = ProjectionBuilder.Build<T>(state.Context, state.OrderKeys, [state.Selector]);

        private MemberInfo? ParentMember { get; } = Member(state.Selector);

        private LambdaExpression Selector { get; } = state.Selector;

        public bool Matches(LambdaExpression selector) => ReferenceEquals(selector, Selector) || (ParentMember is not null && Member(selector) == ParentMember);

        private static MemberInfo? Member(LambdaExpression selector)
            => selector.Body is MemberExpression { Expression: ParameterExpression, Member: var member } ? member : null;
    }
}
