using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.Types;

internal sealed partial class BuiltInScalarType
{
    // https://spec.graphql.org/October2021/#sec-ID.Input-Coercion
    private static object ParseIdLiteral(IValueNode literal) => literal switch
    {
        StringValueNode stringValue => stringValue.Value,
        IntValueNode intValue => intValue.Value,
        _ => throw new CoercionException($"ID cannot represent a non-string and non-integer value: {SyntaxPrinter.Print(literal)}"),
    };

    private static object ParseIdValue(object? value)
        => value is string ? value : IntegerText(value) ?? throw new CoercionException($"ID cannot represent value: {JsInspect.Inspect(value)}");

    // https://spec.graphql.org/October2021/#sec-ID.Result-Coercion
    private static object SerializeId(object value)
    {
        switch (value)
        {
            case string:
                return value;
            case System.Text.Json.JsonElement:
                return ScalarValues.Unwrap(value) is { } unwrapped and not System.Text.Json.JsonElement
                    ? SerializeId(unwrapped)
                    : throw new CoercionException($"ID cannot represent value: {JsInspect.Inspect(value)}");
        }

        return IntegerText(value) ?? throw new CoercionException($"ID cannot represent value: {JsInspect.Inspect(value)}");
    }

    private static string? IntegerText(object? value)
        => JsNumber.TryGetNumber(value, out var number) && IsIntegral(value!, number)
            ? value is decimal m ? JsNumber.Format(decimal.Truncate(m), number) : JsNumber.Format(value!, number)
            : null;
}
