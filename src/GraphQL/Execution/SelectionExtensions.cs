using KtPortal.GraphQL.Execution.Internal;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Execution;

/// <summary>Look-ahead for resolvers and middleware: the fields a request selects below the current field.</summary>
public static class SelectionExtensions
{
    /// <summary>
    /// The merged sub-selections of <paramref name="fieldNodes"/> (by default the current field's nodes) for
    /// <paramref name="type"/>, collected as the executor collects them: fragment spreads and inline fragments
    /// whose type condition applies to <paramref name="type"/>, <c>@skip</c>/<c>@include</c> evaluated with the
    /// request's variables, fields grouped by response name in first-seen order. Fields the type does not define
    /// are left out.
    /// </summary>
    /// <param name="context">The current resolver context.</param>
    /// <param name="type">The object type the selections apply to (the field's type, or a possible type of it).</param>
    /// <param name="fieldNodes">Field nodes whose sub-selections to collect, such as the nodes of a <see cref="SelectedField"/> found one level up.</param>
    /// <exception cref="NotSupportedException">The context is not one the executor made.</exception>
    // https://spec.graphql.org/October2021/#sec-Field-Collection
    public static IReadOnlyList<SelectedField> GetSelections(this IResolverContext context, ObjectType type, IReadOnlyList<FieldNode>? fieldNodes = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(type);
        if (context is not ResolverContext executing)
        {
            throw new NotSupportedException("Selections can be collected only from a context the executor made.");
        }

        var nodes = fieldNodes ?? context.FieldNodes;
        var plans = executing.Collector.CollectSubfields(type, nodes as FieldNode[] ?? [.. nodes]);
        var selections = new SelectedField[plans.Length];
        for (var i = 0; i < plans.Length; i++)
        {
            selections[i] = new SelectedField(plans[i].ResponseName, plans[i].Field, plans[i].Nodes);
        }

        return selections;
    }
}
