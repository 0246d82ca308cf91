using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>Each variable must be used only where its type is accepted.</summary>
// https://spec.graphql.org/October2021/#sec-All-Variable-Usages-are-Allowed
public sealed class VariablesInAllowedPositionRule : ValidationRule
{
    private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public override string Name => "VariablesInAllowedPositionRule";

    /// <inheritdoc/>
    public override void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node) => _definitions.Clear();

    /// <inheritdoc/>
    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node)
        => _definitions[node.Variable.Name.Value] = node;

    /// <inheritdoc/>
    public override void LeaveOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
        foreach (var usage in context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (!_definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType)
            {
                continue;
            }

            var variableType = context.Schema.TypeFromAst(definition.Type);
            if (variableType is not null
                && !IsAllowed(context.Schema, variableType, definition.DefaultValue, locationType, usage.DefaultValue))
            {
                context.ReportError(
                    $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                    definition,
                    usage.Node);
            }

            if (usage.ParentType is InputObjectType { IsOneOf: true } parentType
                && variableType is not null
                && variableType.Kind != TypeKind.NonNull)
            {
                context.ReportError(
                    $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{parentType}\".",
                    definition,
                    usage.Node);
            }
        }
    }

    // A nullable variable may flow into a non-null position only when a default value covers the null case.
    // https://spec.graphql.org/October2021/#AreTypesCompatible()
    private static bool IsAllowed(Schema schema, IType variableType, IValueNode? variableDefault, IType locationType, IValueNode? locationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && locationDefault is null)
            {
                return false;
            }

            return TypeComparators.IsTypeSubTypeOf(schema, variableType, nonNullLocation.Type);
        }

        return TypeComparators.IsTypeSubTypeOf(schema, variableType, locationType);
    }
}
