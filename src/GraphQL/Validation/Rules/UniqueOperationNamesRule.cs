using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>Named operations must have unique names.</summary>
// https://spec.graphql.org/October2021/#sec-Operation-Name-Uniqueness
public sealed class UniqueOperationNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public override string Name => "UniqueOperationNamesRule";

    /// <inheritdoc/>
    public override void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Name is not { } name)
        {
            return;
        }

        if (_known.TryGetValue(name.Value, out var first))
        {
            context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
        }
        else
        {
            _known.Add(name.Value, name);
        }
    }
}
