using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

internal sealed partial class BuiltInScalarType
{
    // https://spec.graphql.org/October2021/#sec-String.Input-Coercion
    private static object ParseStringLiteral(IValueNode literal)
        => literal is StringValueNode stringValue
            ? stringValue.Value
            : throw new CoercionException($"String cannot represent a non string value: {SyntaxPrinter.Print(literal)}");

    private static object ParseStringValue(object? value)
        => value as string
           ?? throw new CoercionException($"String cannot represent a non string value: {ScalarValues.Inspect(value)}");

    // Booleans and finite numbers print as JavaScript prints them; objects are not turned into text.
    // https://spec.graphql.org/October2021/#sec-String.Result-Coercion
    private static object SerializeString(object value)
    {
        switch (value)
        {
            case string:
                return value;
            case bool boolean:
                return boolean ? "true" : "false";
            case char c:
                return c.ToString();
            case System.Text.Json.JsonElement:
                return ScalarValues.Unwrap(value) is { } unwrapped and not System.Text.Json.JsonElement
                    ? SerializeString(unwrapped)
                    : throw new CoercionException($"String cannot represent value: {ScalarValues.Inspect(value)}");
        }

        return ScalarValues.TryGetNumber(value, out var number) && double.IsFinite(number)
            ? ScalarValues.FormatNumber(value, number)
            : throw new CoercionException($"String cannot represent value: {ScalarValues.Inspect(value)}");
    }
}
