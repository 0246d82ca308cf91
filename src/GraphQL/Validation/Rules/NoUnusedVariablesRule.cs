using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>Every variable an operation defines must be used by it or its fragments.</summary>
// https://spec.graphql.org/October2021/#sec-All-Variables-Used
public sealed class NoUnusedVariablesRule : ValidationRule
{
    private readonly List<VariableDefinitionNode> _definitions = [];

    /// <inheritdoc/>
    public override string Name => "NoUnusedVariablesRule";

    /// <inheritdoc/>
    public override void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node) => _definitions.Clear();

    /// <inheritdoc/>
    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node) => _definitions.Add(node);

    /// <inheritdoc/>
    public override void LeaveOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var usage in context.GetRecursiveVariableUsages(node))
        {
            used.Add(usage.Node.Name.Value);
        }

        foreach (var definition in _definitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                context.ReportError(
                    node.Name is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is never used.",
                    definition);
            }
        }
    }
}
