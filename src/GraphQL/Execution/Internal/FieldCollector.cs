using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>Groups the fields of selection sets by response key for one object type.</summary>
// https://spec.graphql.org/October2021/#sec-Field-Collection
internal sealed class FieldCollector(
    Schema schema,
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    IReadOnlyDictionary<string, object?> variables,
    bool cachePlans)
{
    public FieldPlan[] CollectRoot(ObjectType type, SelectionSetNode selectionSet)
    {
        var groups = new Groups();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        Collect(type, selectionSet, groups, visited);
        return groups.ToPlans(schema, type, cachePlans);
    }

    public FieldPlan[] CollectSubfields(ObjectType type, FieldNode[] nodes)
    {
        var groups = new Groups();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (node.SelectionSet is not null)
            {
                Collect(type, node.SelectionSet, groups, visited);
            }
        }

        return groups.ToPlans(schema, type, cachePlans);
    }

    private void Collect(ObjectType type, SelectionSetNode selectionSet, Groups groups, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (ShouldInclude(field.Directives))
                    {
                        groups.Add(field.Alias?.Value ?? field.Name.Value, field);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (ShouldInclude(inline.Directives) && DoesConditionMatch(inline.TypeCondition, type))
                    {
                        Collect(type, inline.SelectionSet, groups, visited);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (visited.Contains(name) || !ShouldInclude(spread.Directives))
                    {
                        break;
                    }

                    visited.Add(name);
                    if (fragments.TryGetValue(name, out var fragment) && DoesConditionMatch(fragment.TypeCondition, type))
                    {
                        Collect(type, fragment.SelectionSet, groups, visited);
                    }

                    break;
            }
        }
    }

    // @skip is looked at before @include, whatever their order in the document.
    // https://spec.graphql.org/October2021/#sec--skip
    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count == 0)
        {
            return true;
        }

        if (Find(directives, "skip") is { } skip && IfArgument(skip) == true)
        {
            return false;
        }

        return Find(directives, "include") is not { } include || IfArgument(include) != false;
    }

    private static DirectiveNode? Find(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == name)
            {
                return directive;
            }
        }

        return null;
    }

    // graphql-js coerces the directive's arguments like field arguments, so a missing or null variable fails
    // the field whose selections are being collected.
    private bool? IfArgument(DirectiveNode directive)
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
                    if (!variables.TryGetValue(variable.Name.Value, out var value))
                    {
                        throw DirectiveError(
                            $"Argument \"if\" of required type \"Boolean!\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.",
                            variable);
                    }

                    return value switch
                    {
                        bool b => b,
                        null => throw DirectiveError("Argument \"if\" of non-null type \"Boolean!\" must not be null.", variable),
                        _ => null,
                    };
                default:
                    return null;
            }
        }

        return null;
    }

    private static GraphQLException DirectiveError(string message, VariableNode node)
        => new([new GraphQLError(message) { Locations = FieldPlan.Locate([node]), Code = ErrorCodes.ArgumentInvalid }]);

    private bool DoesConditionMatch(NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null)
        {
            return true;
        }

        if (!schema.TryGetType(condition.Name.Value, out var conditionType))
        {
            return false;
        }

        if (ReferenceEquals(conditionType, type))
        {
            return true;
        }

        return conditionType is IAbstractType abstractType && schema.IsSubType(abstractType, type);
    }

    /// <summary>Response keys in first-seen order with their field nodes.</summary>
    private sealed class Groups
    {
        private readonly List<string> _keys = [];
        private readonly List<List<FieldNode>> _nodes = [];

        public void Add(string key, FieldNode node)
        {
            for (var i = 0; i < _keys.Count; i++)
            {
                if (string.Equals(_keys[i], key, StringComparison.Ordinal))
                {
                    _nodes[i].Add(node);
                    return;
                }
            }

            _keys.Add(key);
            _nodes.Add([node]);
        }

        public FieldPlan[] ToPlans(Schema schema, ObjectType type, bool cachePlans)
        {
            var plans = new List<FieldPlan>(_keys.Count);
            for (var i = 0; i < _keys.Count; i++)
            {
                var nodes = _nodes[i];
                var field = FieldDefinition(schema, type, nodes[0].Name.Value);

                // A field the type does not define resolves to nothing and is left out, as graphql-js does.
                if (field is not null)
                {
                    plans.Add(new FieldPlan(type, _keys[i], field, [.. nodes], cachePlans));
                }
            }

            return [.. plans];
        }
    }

    // https://spec.graphql.org/October2021/#sec-Type-Name-Introspection
    public static OutputField? FieldDefinition(Schema schema, ObjectType type, string name)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            switch (name)
            {
                case "__typename":
                    return Introspection.TypeNameField;
                case "__schema" when ReferenceEquals(type, schema.QueryType):
                    return Introspection.SchemaField;
                case "__type" when ReferenceEquals(type, schema.QueryType):
                    return Introspection.TypeField;
            }
        }

        return type.Fields.TryGetField(name, out var field) ? field : null;
    }
}
