using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.CostAnalysis;

// Which fields a selection set selects for one type, merged by response key, and whether fragments narrow an
// abstract type: what the executor's field collection would do, with @skip and @include read the same way.
internal sealed partial class CostAnalyzer
{
    private sealed partial class Walk
    {
        // Fields by response key for one type, as the executor collects them.
        // https://spec.graphql.org/October2021/#sec-Field-Collection
        private void Collect(SelectionSetNode set, INamedType type, List<FieldGroup> groups)
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        if (ShouldInclude(field.Directives))
                        {
                            Add(groups, field.Alias?.Value ?? field.Name.Value, field);
                        }

                        break;
                    case InlineFragmentNode inline:
                        if (ShouldInclude(inline.Directives) && Matches(inline.TypeCondition, type))
                        {
                            Collect(inline.SelectionSet, type, groups);
                        }

                        break;
                    case FragmentSpreadNode spread:
                        var visited = _visited ??= new HashSet<string>(StringComparer.Ordinal);
                        if (!visited.Contains(spread.Name.Value) && ShouldInclude(spread.Directives))
                        {
                            visited.Add(spread.Name.Value);
                            if (operation.Fragments.TryGetValue(spread.Name.Value, out var fragment) && Matches(fragment.TypeCondition, type))
                            {
                                Collect(fragment.SelectionSet, type, groups);
                            }
                        }

                        break;
                }
            }
        }

        private static void Add(List<FieldGroup> groups, string key, FieldNode node)
        {
            for (var i = 0; i < groups.Count; i++)
            {
                if (string.Equals(groups[i].Key, key, StringComparison.Ordinal))
                {
                    var group = groups[i];
                    (group.More ??= []).Add(node);
                    groups[i] = group;
                    return;
                }
            }

            groups.Add(new FieldGroup(key, node));
        }

        private bool Matches(NamedTypeNode? condition, INamedType type)
        {
            if (condition is null || condition.Name.Value == type.Name)
            {
                return true;
            }

            return type is ObjectType objectType
                && _schema.TryGetType(condition.Name.Value, out var conditionType)
                && conditionType is IAbstractType abstractType
                && _schema.IsSubType(abstractType, objectType);
        }

        // Whether a fragment narrows the abstract type to some of its possible types.
        private bool Narrows(SelectionSets sets, INamedType type)
        {
            for (var i = 0; i < sets.Count; i++)
            {
                if (sets[i] is { } set && Narrows(set, type))
                {
                    return true;
                }
            }

            return false;
        }

        private bool Narrows(SelectionSetNode set, INamedType type)
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case InlineFragmentNode inline:
                        if ((inline.TypeCondition is { } condition && condition.Name.Value != type.Name) || Narrows(inline.SelectionSet, type))
                        {
                            return true;
                        }

                        break;
                    case FragmentSpreadNode spread:
                        var visited = _visited ??= new HashSet<string>(StringComparer.Ordinal);
                        if (visited.Add(spread.Name.Value)
                            && operation.Fragments.TryGetValue(spread.Name.Value, out var fragment)
                            && (fragment.TypeCondition.Name.Value != type.Name || Narrows(fragment.SelectionSet, type)))
                        {
                            return true;
                        }

                        break;
                }
            }

            return false;
        }

        // @skip is looked at before @include; a condition that cannot be read leaves the selection in, as the
        // executor then fails the request anyway.
        // https://spec.graphql.org/October2021/#sec--skip
        private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
        {
            if (directives.Count == 0)
            {
                return true;
            }

            foreach (var directive in directives)
            {
                if (directive.Name.Value == "skip" && Condition(directive) == true)
                {
                    return false;
                }
            }

            foreach (var directive in directives)
            {
                if (directive.Name.Value == "include" && Condition(directive) == false)
                {
                    return false;
                }
            }

            return true;
        }

        private bool? Condition(DirectiveNode directive)
        {
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value != "if")
                {
                    continue;
                }

                switch (argument.Value)
                {
                    case BooleanValueNode boolean:
                        return boolean.Value;
                    case VariableNode variable:
                        UsedVariables = true;
                        return variables.TryGetValue(variable.Name.Value, out var value) && value is bool b ? b : null;
                }
            }

            return null;
        }
    }
}
