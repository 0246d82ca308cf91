using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Rules;

// https://spec.graphql.org/October2021/#sec-Field-Selection-Merging

/// <summary>
/// A selection set is valid only if all fields with the same response name, including those brought in
/// by fragments, can be merged without ambiguity: they select the same field with the same arguments
/// (unless their parents are distinct object types) and have compatible response shapes.
/// </summary>
/// <remarks>
/// Messages, their order and their locations are graphql-js 16.15's. The work is bounded: structurally
/// identical fields and fragments (those that spread no fragment) are compared once, and what remains is
/// metered with graphql-js's 500,000-unit budget, charged at the same steps; when it runs out validation
/// stops with "Validation aborted.". The rule never spends more than graphql-js, so it finishes every
/// document graphql-js finishes, with the same errors; on documents where graphql-js gives up (thousands
/// of identical fields, say) it may still reach the verdict.
/// </remarks>
public sealed class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    private OverlappingFieldsCanBeMergedChecker? _checker;

    /// <inheritdoc />
    public override string Name => "OverlappingFieldsCanBeMergedRule";

    /// <summary>The checker of the current document, once a selection set needed it.</summary>
    internal OverlappingFieldsCanBeMergedChecker? Checker => _checker;

    /// <inheritdoc />
    public override void EnterSelectionSet(ValidationContext context, SelectionSetNode node)
    {
        // An inline fragment's fields belong to the enclosing selection set, which compares them.
        var ancestors = context.Ancestors;
        if (ancestors.Count > 0 && ancestors[^1] is InlineFragmentNode)
        {
            return;
        }

        var selections = node.Selections;
        if (selections.Count == 0 || (selections.Count == 1 && selections[0] is not InlineFragmentNode))
        {
            return;
        }

        _checker ??= new OverlappingFieldsCanBeMergedChecker(context.Schema, context.GetFragment, context.AbortValidation);

        // Reporting stops validation once MaxErrors errors exist, so conflicts past the next one are never seen.
        var limit = Math.Max(1, context.MaxErrors - context.Errors.Count + 1);
        var conflicts = _checker.FindConflictsWithinSelectionSet(context.ParentType, node, limit);
        foreach (var conflict in conflicts)
        {
            context.ReportError(conflict.Message, conflict.Nodes);
        }
    }
}
