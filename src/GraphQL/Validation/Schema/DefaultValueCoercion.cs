using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation;

/// <summary>
/// Whether a default value literal coerces to its type, as graphql-js <c>valueFromAST</c> decides when it
/// builds a schema. A default that does not coerce (<c>Int! = null</c>, <c>Int = "x"</c>) is dropped there,
/// so the argument or input field counts as having no default: it may be required.
/// </summary>
internal static class DefaultValueCoercion
{
    // Input object defaults may refer to each other; a cycle cannot coerce in graphql-js either.
    private const int MaxDepth = 64;

    public static bool HasDefault(Schema schema, IInputValueDefinition value, IType declaredType)
        => value.DefaultValue is { } literal && CanCoerce(schema, literal, declaredType, 0);

    private static bool CanCoerce(Schema schema, IValueNode literal, IType type, int depth)
    {
        if (depth > MaxDepth || literal is VariableNode)
        {
            return false;
        }

        if (type is NonNullType nonNull)
        {
            return literal is not NullValueNode && CanCoerce(schema, literal, nonNull.Type, depth + 1);
        }

        if (literal is NullValueNode)
        {
            return true;
        }

        return type switch
        {
            ListType list when literal is ListValueNode items => AllItemsCoerce(schema, items, list.ElementType, depth),
            ListType list => CanCoerce(schema, literal, list.ElementType, depth + 1),
            InputObjectType input => CanCoerceObject(schema, literal, input, depth),
            EnumType enumType => literal is EnumValueNode enumValue && enumType.TryGetValue(enumValue.Value, out _),
            ScalarType scalar => scalar.ValidateLiteral(literal) is null,
            _ => false,
        };
    }

    private static bool AllItemsCoerce(Schema schema, ListValueNode items, IType itemType, int depth)
    {
        foreach (var item in items.Values)
        {
            if (!CanCoerce(schema, item, itemType, depth + 1))
            {
                return false;
            }
        }

        return true;
    }

    private static bool CanCoerceObject(Schema schema, IValueNode literal, InputObjectType input, int depth)
    {
        if (literal is not ObjectValueNode objectValue)
        {
            return false;
        }

        var provided = 0;
        var providedNull = false;
        foreach (var field in input.Fields)
        {
            var fieldType = DeclaredTypes.TypeOf(schema, field);
            if (FindField(objectValue, field.Name) is not { } fieldNode)
            {
                if (field.DefaultValue is { } fieldDefault && CanCoerce(schema, fieldDefault, fieldType, depth + 1))
                {
                    provided++;
                    providedNull = fieldDefault is NullValueNode;
                    continue;
                }

                if (fieldType is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!CanCoerce(schema, fieldNode.Value, fieldType, depth + 1))
            {
                return false;
            }

            provided++;
            providedNull = fieldNode.Value is NullValueNode;
        }

        return !input.IsOneOf || (provided == 1 && !providedNull);
    }

    // graphql-js keys the fields by name, so the last of duplicate fields wins.
    private static ObjectFieldNode? FindField(ObjectValueNode value, string name)
    {
        ObjectFieldNode? found = null;
        foreach (var field in value.Fields)
        {
            if (field.Name.Value == name)
            {
                found = field;
            }
        }

        return found;
    }
}
