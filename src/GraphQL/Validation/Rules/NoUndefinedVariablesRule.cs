using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>Every variable an operation uses, through fragments too, must be defined by it.</summary>
// https://spec.graphql.org/October2021/#sec-All-Variable-Uses-Defined
public sealed class NoUndefinedVariablesRule : ValidationRule
{
    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public override string Name => "NoUndefinedVariablesRule";

    /// <inheritdoc/>
    public override void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node) => _defined.Clear();

    /// <inheritdoc/>
    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node)
        => _defined.Add(node.Variable.Name.Value);

    /// <inheritdoc/>
    public override void LeaveOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
        foreach (var usage in context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (!_defined.Contains(name))
            {
                context.ReportError(
                    node.Name is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is not defined.",
                    usage.Node,
                    node);
            }
        }
    }
}
