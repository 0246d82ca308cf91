using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// Prints a default value the way graphql-js prints a schema's defaults: the literal is coerced to the
/// argument's type, then turned back into a literal (its <c>astFromValue</c>). So <c>[Int] = 1</c> prints
/// <c>[1]</c>, <c>Float = 1.0</c> prints <c>1</c>, omitted input fields with defaults are filled in, and a
/// literal that does not fit the type prints no default at all.
/// </summary>
internal static class DefaultValuePrinter
{
    /// <summary>The printed default, or <see langword="null"/> when no default is to be printed.</summary>
    public static string? Print(IValueNode literal, IType type)
        => ValueFromLiteral.Coerce(literal, type) is { } value && ToLiteral(value, type) is { } node
            ? SyntaxPrinter.Print(node)
            : null;

    private static IValueNode? ToLiteral(CoercedValue value, IType type)
    {
        if (type is NonNullType nonNull)
        {
            var inner = ToLiteral(value, nonNull.Type);
            return inner is NullValueNode ? null : inner;
        }

        if (value is CoercedValue.Null)
        {
            return new NullValueNode(null);
        }

        switch (type)
        {
            case ListType list:
                if (value is not CoercedValue.List items)
                {
                    return ToLiteral(value, list.ElementType);
                }

                var nodes = new List<IValueNode>(items.Items.Count);
                foreach (var item in items.Items)
                {
                    if (ToLiteral(item, list.ElementType) is { } node)
                    {
                        nodes.Add(node);
                    }
                }

                return new ListValueNode(null, nodes);
            case InputObjectType inputObject:
                return value is CoercedValue.Object objectValue ? ToObjectLiteral(objectValue, inputObject) : null;
            case ILeafType leaf:
                return ToLeafLiteral(value, leaf);
            default:
                throw new InvalidOperationException($"Unexpected input type: \"{type}\".");
        }
    }

    private static ObjectValueNode ToObjectLiteral(CoercedValue.Object value, InputObjectType type)
    {
        var fields = new List<ObjectFieldNode>(type.Fields.Count);
        foreach (var field in type.Fields)
        {
            if (value.Get(field.Name) is { } fieldValue && ToLiteral(fieldValue, field.Type) is { } node)
            {
                fields.Add(new ObjectFieldNode(null, new NameNode(null, field.Name), node));
            }
        }

        return new ObjectValueNode(null, fields);
    }

    private static IValueNode ToLeafLiteral(CoercedValue value, ILeafType type)
    {
        switch (value)
        {
            case CoercedValue.Boolean boolean:
                return new BooleanValueNode(null, boolean.Value);
            case CoercedValue.Number number when double.IsFinite(number.Value):
                var formatted = JsNumber.Format(number.Value);
                return IsIntegerString(formatted) ? new IntValueNode(null, formatted) : new FloatValueNode(null, formatted);
            case CoercedValue.Number number when type is BuiltInScalarType { Name: "Float" }:
                throw new InvalidOperationException($"Float cannot represent non numeric value: {JsNumber.Format(number.Value)}");
            case CoercedValue.String text when type is EnumType:
                return new EnumValueNode(null, text.Value);
            case CoercedValue.String text when type is BuiltInScalarType { Name: "ID" } && IsIntegerString(text.Value):
                return new IntValueNode(null, text.Value);
            case CoercedValue.String text:
                return new StringValueNode(null, text.Value, false);
            default:
                throw new InvalidOperationException($"Cannot convert value to AST: {JsInspect.Inspect(value)}.");
        }
    }

    // Matches the IntValue grammar: an optional minus, then 0 or digits without a leading zero.
    // https://spec.graphql.org/October2021/#IntValue
    private static bool IsIntegerString(string text)
    {
        var digits = text.AsSpan(text.StartsWith('-') ? 1 : 0);
        if (digits.IsEmpty || (digits[0] == '0' && digits.Length > 1))
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
