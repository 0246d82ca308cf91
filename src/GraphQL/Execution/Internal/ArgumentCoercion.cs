using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>Coerces a field's argument literals and variables to its argument definitions.</summary>
// https://spec.graphql.org/October2021/#sec-Coercing-Field-Arguments
internal static class ArgumentCoercion
{
    public static ArgumentsResult Coerce(OutputField field, FieldNode node, IReadOnlyDictionary<string, object?> variables)
    {
        var coerced = new Dictionary<string, object?>(field.Arguments.Count, StringComparer.Ordinal);
        foreach (var definition in field.Arguments)
        {
            var error = CoerceOne(definition, node, variables, coerced);
            if (error is not null)
            {
                return new ArgumentsResult(coerced, error);
            }
        }

        return new ArgumentsResult(coerced, null);
    }

    private static GraphQLError? CoerceOne(Argument definition, FieldNode node, IReadOnlyDictionary<string, object?> variables, Dictionary<string, object?> coerced)
    {
        var name = definition.Name;
        var type = definition.Type;
        ArgumentNode? argumentNode = null;
        foreach (var candidate in node.Arguments)
        {
            if (string.Equals(candidate.Name.Value, name, StringComparison.Ordinal))
            {
                argumentNode = candidate;
                break;
            }
        }

        if (argumentNode is null)
        {
            if (definition.DefaultValue is not null)
            {
                coerced[name] = LiteralCoercion.Coerce(definition.DefaultValue, type, null);
            }
            else if (type.Kind == TypeKind.NonNull)
            {
                return Error($"Argument \"{name}\" of required type \"{type}\" was not provided.", node);
            }

            return null;
        }

        var valueNode = argumentNode.Value;
        var isNull = valueNode is NullValueNode;
        if (valueNode is VariableNode variable)
        {
            if (!variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                if (definition.DefaultValue is not null)
                {
                    coerced[name] = LiteralCoercion.Coerce(definition.DefaultValue, type, null);
                }
                else if (type.Kind == TypeKind.NonNull)
                {
                    return Error(
                        $"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.",
                        valueNode);
                }

                return null;
            }

            isNull = variableValue is null;
        }

        if (isNull && type.Kind == TypeKind.NonNull)
        {
            return Error($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", valueNode);
        }

        var value = LiteralCoercion.Coerce(valueNode, type, variables);
        if (ReferenceEquals(value, LiteralCoercion.Undefined))
        {
            return Error($"Argument \"{name}\" has invalid value {SyntaxPrinter.Print(valueNode)}.", valueNode);
        }

        coerced[name] = value;
        return null;
    }

    private static GraphQLError Error(string message, ISyntaxNode node)
        => new(message)
        {
            Locations = FieldPlan.Locate([node]),
            Code = ErrorCodes.ArgumentInvalid,
        };
}
