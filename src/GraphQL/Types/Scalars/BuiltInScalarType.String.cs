using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Utilities;

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
           ?? throw new CoercionException($"String cannot represent a non string value: {JsInspect.Inspect(value)}");

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
                    : throw new CoercionException($"String cannot represent value: {JsInspect.Inspect(value)}");
        }

        return JsNumber.TryGetNumber(value, out var number) && double.IsFinite(number)
            ? JsNumber.Format(value, number)
            : throw new CoercionException($"String cannot represent value: {JsInspect.Inspect(value)}");
    }
}
