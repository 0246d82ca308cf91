using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>A subscription must select exactly one root field, and not an introspection field.</summary>
/// <remarks>
/// Fields are collected as execution would with no variables. Where graphql-js throws out of validation
/// (an <c>if</c> argument that is a variable or not a Boolean), the directive is treated as not excluding.
/// </remarks>
// https://spec.graphql.org/October2021/#sec-Single-root-field
public sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    private bool _fragmentsIndexed;

    /// <inheritdoc/>
    public override string Name => "SingleFieldSubscriptionsRule";

    /// <inheritdoc/>
    public override void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return;
        }

        // graphql-js indexes the fragments once per document and charges that to the work budget.
        if (!_fragmentsIndexed)
        {
            _fragmentsIndexed = true;
            context.SpendFragmentWork(context.Document.Definitions.Count);
        }

        var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        CollectFields(context, subscriptionType, node.SelectionSet, fields, order, visitedFragments);

        var operationName = node.Name?.Value;
        if (order.Count > 1)
        {
            var extra = new List<ISyntaxNode>();
            for (var i = 1; i < order.Count; i++)
            {
                extra.AddRange(fields[order[i]]);
            }

            context.ReportError(
                operationName is not null
                    ? $"Subscription \"{operationName}\" must select only one top level field."
                    : "Anonymous Subscription must select only one top level field.",
                extra);
        }

        foreach (var key in order)
        {
            var fieldNodes = fields[key];
            if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must not select an introspection top level field."
                        : "Anonymous Subscription must not select an introspection top level field.",
                    fieldNodes);
            }
        }
    }

    // https://spec.graphql.org/October2021/#CollectFields()
    private static void CollectFields(
        ValidationContext context,
        ObjectType runtimeType,
        SelectionSetNode selectionSet,
        Dictionary<string, List<FieldNode>> fields,
        List<string> order,
        HashSet<string> visitedFragments)
    {
        SpendSelectionSetWork(context, selectionSet);
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (!ShouldInclude(field.Directives))
                    {
                        continue;
                    }

                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (!fields.TryGetValue(key, out var list))
                    {
                        list = [];
                        fields.Add(key, list);
                        order.Add(key);
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (!ShouldInclude(inline.Directives) || !ConditionMatches(context.Schema, inline.TypeCondition, runtimeType))
                    {
                        continue;
                    }

                    CollectFields(context, runtimeType, inline.SelectionSet, fields, order, visitedFragments);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (visitedFragments.Contains(name) || !ShouldInclude(spread.Directives))
                    {
                        continue;
                    }

                    visitedFragments.Add(name);
                    if (context.GetFragment(name) is not { } fragment
                        || !ConditionMatches(context.Schema, fragment.TypeCondition, runtimeType))
                    {
                        continue;
                    }

                    CollectFields(context, runtimeType, fragment.SelectionSet, fields, order, visitedFragments);
                    break;
            }
        }
    }

    private static void SpendSelectionSetWork(ValidationContext context, SelectionSetNode selectionSet)
    {
        context.SpendFragmentWork(selectionSet.Selections.Count);
        foreach (var selection in selectionSet.Selections)
        {
            context.SpendFragmentWork(selection.Directives.Count);
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    context.SpendFragmentWork(directive.Arguments.Count);
                }
            }
        }
    }

    private static bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        if (IfArgument(directives, "skip") is BooleanValueNode { Value: true })
        {
            return false;
        }

        return IfArgument(directives, "include") is not BooleanValueNode { Value: false };
    }

    private static IValueNode? IfArgument(IReadOnlyList<DirectiveNode> directives, string directiveName)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value != directiveName)
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "if")
                {
                    return argument.Value;
                }
            }

            return null;
        }

        return null;
    }

    private static bool ConditionMatches(Schema schema, NamedTypeNode? typeCondition, ObjectType type)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditionalType = schema.TypeFromAst(typeCondition);
        if (ReferenceEquals(conditionalType, type))
        {
            return true;
        }

        return conditionalType is IAbstractType abstractType && schema.IsSubType(abstractType, type);
    }
}
