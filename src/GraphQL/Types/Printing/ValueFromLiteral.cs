using System.Globalization;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// Coerces a default value literal to the value graphql-js keeps for it (its <c>valueFromAST</c>): a literal
/// that does not fit the type yields <see langword="null"/>, and then no default is printed.
/// </summary>
// https://spec.graphql.org/October2021/#sec-Input-Values
internal static class ValueFromLiteral
{
    private const double MaxInt = int.MaxValue;
    private const double MinInt = int.MinValue;

    // Input object defaults may refer to their own type; a cycle is given up on rather than followed forever.
    private const int MaxDepth = 64;

    public static CoercedValue? Coerce(IValueNode literal, IType type) => Coerce(literal, type, 0);

    private static CoercedValue? Coerce(IValueNode literal, IType type, int depth)
    {
        if (literal is VariableNode || depth > MaxDepth)
        {
            return null;
        }

        if (type is NonNullType nonNull)
        {
            return literal is NullValueNode ? null : Coerce(literal, nonNull.Type, depth);
        }

        if (literal is NullValueNode)
        {
            return CoercedValue.Null.Instance;
        }

        return type switch
        {
            ListType list => CoerceList(literal, list.ElementType, depth),
            InputObjectType inputObject => CoerceInputObject(literal, inputObject, depth),
            EnumType enumType => literal is EnumValueNode enumValue && enumType.TryGetValue(enumValue.Value, out var value)
                ? new CoercedValue.String(value.Name)
                : null,
            ScalarType scalar => CoerceScalar(literal, scalar),
            _ => null,
        };
    }

    // https://spec.graphql.org/October2021/#sec-List.Input-Coercion
    private static CoercedValue? CoerceList(IValueNode literal, IType itemType, int depth)
    {
        if (literal is not ListValueNode list)
        {
            return Coerce(literal, itemType, depth) is { } single ? new CoercedValue.List([single]) : null;
        }

        var items = new List<CoercedValue>(list.Values.Count);
        foreach (var item in list.Values)
        {
            if (Coerce(item, itemType, depth) is not { } coerced)
            {
                return null;
            }

            items.Add(coerced);
        }

        return new CoercedValue.List(items);
    }

    // https://spec.graphql.org/October2021/#sec-Input-Objects.Input-Coercion
    private static CoercedValue? CoerceInputObject(IValueNode literal, InputObjectType type, int depth)
    {
        if (literal is not ObjectValueNode objectValue)
        {
            return null;
        }

        var fields = new List<KeyValuePair<string, CoercedValue>>(type.Fields.Count);
        foreach (var field in type.Fields)
        {
            var fieldLiteral = LastField(objectValue, field.Name);
            if (fieldLiteral is null or VariableNode)
            {
                var fieldDefault = field.DefaultValue is null ? null : Coerce(field.DefaultValue, field.Type, depth + 1);
                if (fieldDefault is not null)
                {
                    fields.Add(new(field.Name, fieldDefault));
                }
                else if (field.Type is NonNullType)
                {
                    return null;
                }

                continue;
            }

            if (Coerce(fieldLiteral, field.Type, depth + 1) is not { } coerced)
            {
                return null;
            }

            fields.Add(new(field.Name, coerced));
        }

        // https://spec.graphql.org/September2025/#sec-OneOf-Input-Objects
        if (type.IsOneOf && (fields.Count != 1 || fields[0].Value is CoercedValue.Null))
        {
            return null;
        }

        return new CoercedValue.Object(fields);
    }

    private static IValueNode? LastField(ObjectValueNode objectValue, string name)
    {
        for (var i = objectValue.Fields.Count - 1; i >= 0; i--)
        {
            if (objectValue.Fields[i].Name.Value == name)
            {
                return objectValue.Fields[i].Value;
            }
        }

        return null;
    }

    // https://spec.graphql.org/October2021/#sec-Scalars.Input-Coercion
    private static CoercedValue? CoerceScalar(IValueNode literal, ScalarType scalar)
    {
        if (scalar is not BuiltInScalarType)
        {
            return CoerceUntyped(literal);
        }

        return scalar.Name switch
        {
            "Int" => literal is IntValueNode intValue && ParseNumber(intValue.Value) is var number and >= MinInt and <= MaxInt
                ? new CoercedValue.Number(number)
                : null,
            "Float" => literal switch
            {
                IntValueNode intValue => new CoercedValue.Number(ParseNumber(intValue.Value)),
                FloatValueNode floatValue => new CoercedValue.Number(ParseNumber(floatValue.Value)),
                _ => null,
            },
            "String" => literal is StringValueNode stringValue ? new CoercedValue.String(stringValue.Value) : null,
            "Boolean" => literal is BooleanValueNode booleanValue ? new CoercedValue.Boolean(booleanValue.Value) : null,
            "ID" => literal switch
            {
                StringValueNode stringValue => new CoercedValue.String(stringValue.Value),
                IntValueNode intValue => new CoercedValue.String(intValue.Value),
                _ => null,
            },
            _ => null,
        };
    }

    // A scalar defined in SDL takes any literal as the plain value it spells.
    private static CoercedValue? CoerceUntyped(IValueNode literal)
    {
        switch (literal)
        {
            case NullValueNode:
                return CoercedValue.Null.Instance;
            case IntValueNode intValue:
                return new CoercedValue.Number(ParseNumber(intValue.Value));
            case FloatValueNode floatValue:
                return new CoercedValue.Number(ParseNumber(floatValue.Value));
            case StringValueNode stringValue:
                return new CoercedValue.String(stringValue.Value);
            case EnumValueNode enumValue:
                return new CoercedValue.String(enumValue.Value);
            case BooleanValueNode booleanValue:
                return new CoercedValue.Boolean(booleanValue.Value);
            case ListValueNode list:
                var items = new List<CoercedValue>(list.Values.Count);
                foreach (var item in list.Values)
                {
                    items.Add(CoerceUntyped(item) ?? CoercedValue.Null.Instance);
                }

                return new CoercedValue.List(items);
            case ObjectValueNode objectValue:
                var fields = new List<KeyValuePair<string, CoercedValue>>(objectValue.Fields.Count);
                foreach (var field in objectValue.Fields)
                {
                    var value = CoerceUntyped(field.Value) ?? CoercedValue.Null.Instance;
                    var index = fields.FindIndex(existing => existing.Key == field.Name.Value);
                    if (index >= 0)
                    {
                        fields[index] = new(field.Name.Value, value);
                    }
                    else
                    {
                        fields.Add(new(field.Name.Value, value));
                    }
                }

                return new CoercedValue.Object(fields);
            default:
                return null;
        }
    }

    private static double ParseNumber(string literal) => double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
}
