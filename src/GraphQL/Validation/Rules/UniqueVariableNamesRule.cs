using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>An operation must not define a variable twice.</summary>
// https://spec.graphql.org/October2021/#sec-Variable-Uniqueness
public sealed class UniqueVariableNamesRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "UniqueVariableNamesRule";

    /// <inheritdoc/>
    public override void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
        var definitions = node.VariableDefinitions;
        if (definitions.Count < 2)
        {
            return;
        }

        // Grouped in order of first appearance, like graphql-js groupBy.
        var groups = new Dictionary<string, List<ISyntaxNode>>(definitions.Count, StringComparer.Ordinal);
        var order = new List<string>(definitions.Count);
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name.Value;
            if (!groups.TryGetValue(name, out var group))
            {
                group = [];
                groups.Add(name, group);
                order.Add(name);
            }

            group.Add(definition.Variable.Name);
        }

        foreach (var name in order)
        {
            var group = groups[name];
            if (group.Count > 1)
            {
                context.ReportError($"There can be only one variable named \"${name}\".", group);
            }
        }
    }
}
