using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>
/// Coerces a literal to an input type, with variables replaced by their coerced values (graphql-js
/// <c>valueFromAST</c>). Returns <see cref="Undefined"/> when the literal is invalid.
/// </summary>
// https://spec.graphql.org/October2021/#sec-Coercing-Field-Arguments
internal static class LiteralCoercion
{
    public static readonly object Undefined = new();

    public static object? Coerce(IValueNode node, IType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return Undefined;
            }

            return variableValue is null && type.Kind == TypeKind.NonNull ? Undefined : variableValue;
        }

        if (type is NonNullType nonNull)
        {
            return node is NullValueNode ? Undefined : Coerce(node, nonNull.Type, variables);
        }

        if (node is NullValueNode)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                return CoerceList(node, list.ElementType, variables);
            case InputObjectType input:
                return CoerceInputObject(node, input, variables);
            case EnumType enumType:
                return node is EnumValueNode enumValue && enumType.TryGetValue(enumValue.Value, out var value)
                    ? value.RuntimeValue
                    : Undefined;
            case ScalarType scalar:
                try
                {
                    return scalar.ParseLiteral(HasVariables(node) ? ReplaceVariables(node, variables) : node);
                }
                catch (Exception exception) when (exception is CoercionException or FormatException or OverflowException or ArgumentException)
                {
                    return Undefined;
                }

            default:
                return Undefined;
        }
    }

    public static bool HasVariables(IValueNode node) => node switch
    {
        VariableNode => true,
        ListValueNode list => AnyHasVariables(list.Values),
        ObjectValueNode obj => AnyFieldHasVariables(obj.Fields),
        _ => false,
    };

    private static bool AnyHasVariables(IReadOnlyList<IValueNode> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (HasVariables(values[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyFieldHasVariables(IReadOnlyList<ObjectFieldNode> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (HasVariables(fields[i].Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMissingVariable(IValueNode node, IReadOnlyDictionary<string, object?>? variables)
        => node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));

    private static object? CoerceList(IValueNode node, IType itemType, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is not ListValueNode listNode)
        {
            var single = Coerce(node, itemType, variables);
            return ReferenceEquals(single, Undefined) ? Undefined : new List<object?>(1) { single };
        }

        var items = new List<object?>(listNode.Values.Count);
        foreach (var itemNode in listNode.Values)
        {
            if (IsMissingVariable(itemNode, variables))
            {
                if (itemType.Kind == TypeKind.NonNull)
                {
                    return Undefined;
                }

                items.Add(null);
                continue;
            }

            var item = Coerce(itemNode, itemType, variables);
            if (ReferenceEquals(item, Undefined))
            {
                return Undefined;
            }

            items.Add(item);
        }

        return items;
    }

    private static object? CoerceInputObject(IValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is not ObjectValueNode objectNode)
        {
            return Undefined;
        }

        var coerced = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            ObjectFieldNode? fieldNode = null;
            foreach (var candidate in objectNode.Fields)
            {
                if (string.Equals(candidate.Name.Value, field.Name, StringComparison.Ordinal))
                {
                    fieldNode = candidate;
                    break;
                }
            }

            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.DefaultValue is not null)
                {
                    coerced[field.Name] = Coerce(field.DefaultValue, field.Type, null);
                }
                else if (field.Type.Kind == TypeKind.NonNull)
                {
                    return Undefined;
                }

                continue;
            }

            var value = Coerce(fieldNode.Value, field.Type, variables);
            if (ReferenceEquals(value, Undefined))
            {
                return Undefined;
            }

            coerced[field.Name] = value;
        }

        // https://spec.graphql.org/draft/#sec-OneOf-Input-Objects
        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                return Undefined;
            }

            foreach (var value in coerced.Values)
            {
                if (value is null)
                {
                    return Undefined;
                }
            }
        }

        return type.RuntimeFactory is null ? coerced : type.RuntimeFactory(coerced);
    }

    private static IValueNode ReplaceVariables(IValueNode node, IReadOnlyDictionary<string, object?>? variables)
    {
        switch (node)
        {
            case VariableNode variable:
                object? value = null;
                variables?.TryGetValue(variable.Name.Value, out value);
                return ToLiteral(value);
            case ListValueNode list:
                var items = new IValueNode[list.Values.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = ReplaceVariables(list.Values[i], variables);
                }

                return list with { Values = items };
            case ObjectValueNode obj:
                var fields = new ObjectFieldNode[obj.Fields.Count];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = obj.Fields[i] with { Value = ReplaceVariables(obj.Fields[i].Value, variables) };
                }

                return obj with { Fields = fields };
            default:
                return node;
        }
    }

    // Custom scalars receive literals; a variable nested in one is written back as the literal it stands for.
    private static IValueNode ToLiteral(object? value) => value switch
    {
        null => new NullValueNode(null),
        string text => new StringValueNode(null, text, false),
        bool boolean => new BooleanValueNode(null, boolean),
        int or long or short or byte => new IntValueNode(null, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!),
        double or float or decimal => new FloatValueNode(null, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!),
        IReadOnlyDictionary<string, object?> dictionary => new ObjectValueNode(null, [.. dictionary.Select(static e => new ObjectFieldNode(null, new NameNode(null, e.Key), ToLiteral(e.Value)))]),
        System.Collections.IEnumerable items => new ListValueNode(null, [.. items.Cast<object?>().Select(ToLiteral)]),
        _ => new StringValueNode(null, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, false),
    };
}
