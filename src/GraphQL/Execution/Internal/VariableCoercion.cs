using System.Text;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;
using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>Coerces the request's variable values against the operation's variable definitions.</summary>
// https://spec.graphql.org/October2021/#sec-Coercing-Variable-Values
internal static class VariableCoercion
{
    private const int MaxErrors = 50;

    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>(0, StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, object?> Coerce(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        bool hideSuggestions,
        List<GraphQLError> errors)
    {
        if (operation.VariableDefinitions.Count == 0)
        {
            return Empty;
        }

        var coerced = new Dictionary<string, object?>(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        var coercion = new InputCoercion(hideSuggestions);
        foreach (var definition in operation.VariableDefinitions)
        {
            CoerceOne(schema, definition, inputs, coercion, coerced, errors);
            if (errors.Count > MaxErrors)
            {
                break;
            }
        }

        return coerced;
    }

    private static void CoerceOne(
        Schema schema,
        VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?>? inputs,
        InputCoercion coercion,
        Dictionary<string, object?> coerced,
        List<GraphQLError> errors)
    {
        var name = definition.Variable.Name.Value;
        var type = schema.TypeFromAst(definition.Type);
        if (type is null || !type.IsInputType())
        {
            Add(errors, new GraphQLError($"Variable \"${name}\" expected value of type \"{SyntaxPrinter.Print(definition.Type)}\" which cannot be used as an input type.")
            {
                Locations = Locate(definition.Type.Location),
                Code = ErrorCodes.VariableInvalid,
            });
            return;
        }

        object? value = null;
        if (inputs is null || !inputs.TryGetValue(name, out value))
        {
            if (definition.DefaultValue is not null)
            {
                coerced[name] = LiteralCoercion.Coerce(definition.DefaultValue, type, null);
            }
            else if (type.Kind == TypeKind.NonNull)
            {
                Add(errors, new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.")
                {
                    Locations = Locate(definition.Location),
                    Code = ErrorCodes.VariableInvalid,
                });
            }

            return;
        }

        if (value is null or System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Null } && type.Kind == TypeKind.NonNull)
        {
            Add(errors, new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.")
            {
                Locations = Locate(definition.Location),
                Code = ErrorCodes.VariableInvalid,
            });
            return;
        }

        coerced[name] = coercion.Coerce(value, type, [], (path, invalidValue, message, exception) =>
        {
            var prefix = new StringBuilder("Variable \"$").Append(name).Append("\" got invalid value ").Append(JsInspect.Inspect(invalidValue));
            if (path.Count > 0)
            {
                prefix.Append(" at \"").Append(name).Append(PrintPath(path)).Append('"');
            }

            Add(errors, new GraphQLError(prefix.Append("; ").Append(message).ToString())
            {
                Locations = Locate(definition.Location),
                Code = ErrorCodes.VariableInvalid,
                Exception = exception,
            });
        });
    }

    private static void Add(List<GraphQLError> errors, GraphQLError error)
    {
        if (errors.Count > MaxErrors)
        {
            return;
        }

        errors.Add(errors.Count == MaxErrors
            ? new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted.") { Code = ErrorCodes.VariableInvalid }
            : error);
    }

    private static string PrintPath(IReadOnlyList<object> path)
    {
        var builder = new StringBuilder();
        foreach (var segment in path)
        {
            if (segment is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                builder.Append('.').Append(segment);
            }
        }

        return builder.ToString();
    }

    private static IReadOnlyList<ErrorLocation> Locate(Location? location)
        => location is { } value ? [new ErrorLocation(value.Line, value.Column)] : [];
}
