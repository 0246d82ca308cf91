using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.Types;

internal sealed partial class BuiltInScalarType
{
    // https://spec.graphql.org/October2021/#sec-Boolean.Input-Coercion
    private static object ParseBooleanLiteral(IValueNode literal)
        => literal is BooleanValueNode booleanValue
            ? ScalarValues.Box(booleanValue.Value)
            : throw new CoercionException($"Boolean cannot represent a non boolean value: {SyntaxPrinter.Print(literal)}");

    private static object ParseBooleanValue(object? value)
        => value is bool
            ? value
            : throw new CoercionException($"Boolean cannot represent a non boolean value: {JsInspect.Inspect(value)}");

    // https://spec.graphql.org/October2021/#sec-Boolean.Result-Coercion
    private static object SerializeBoolean(object value)
    {
        switch (value)
        {
            case bool:
                return value;
            case System.Text.Json.JsonElement:
                return ScalarValues.Unwrap(value) is { } unwrapped and not System.Text.Json.JsonElement
                    ? SerializeBoolean(unwrapped)
                    : throw new CoercionException($"Boolean cannot represent a non boolean value: {JsInspect.Inspect(value)}");
        }

        return JsNumber.TryGetNumber(value, out var number) && double.IsFinite(number)
            ? ScalarValues.Box(number != 0)
            : throw new CoercionException($"Boolean cannot represent a non boolean value: {JsInspect.Inspect(value)}");
    }
}
