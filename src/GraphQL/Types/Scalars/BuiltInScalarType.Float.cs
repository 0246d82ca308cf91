using System.Globalization;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.Types;

internal sealed partial class BuiltInScalarType
{
    // https://spec.graphql.org/October2021/#sec-Float.Input-Coercion
    private static object ParseFloatLiteral(IValueNode literal) => literal switch
    {
        IntValueNode intValue => double.Parse(intValue.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        FloatValueNode floatValue => double.Parse(floatValue.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"Float cannot represent non numeric value: {SyntaxPrinter.Print(literal)}"),
    };

    private static object ParseFloatValue(object? value)
    {
        if (value is double d && double.IsFinite(d))
        {
            return value;
        }

        return JsNumber.TryGetNumber(value, out var number) && double.IsFinite(number)
            ? number
            : throw new CoercionException($"Float cannot represent non numeric value: {JsInspect.Inspect(value)}");
    }

    // https://spec.graphql.org/October2021/#sec-Float.Result-Coercion
    private static object SerializeFloat(object value)
    {
        switch (value)
        {
            case double d when double.IsFinite(d):
                return value;
            case int or long or short or byte or sbyte or ushort or uint or ulong:
                return value;
            case bool boolean:
                return boolean ? ScalarValues.BoxedOne : ScalarValues.BoxedZero;
            case string { Length: > 0 } text:
                var parsed = JsNumber.Parse(text);
                return double.IsFinite(parsed)
                    ? parsed
                    : throw new CoercionException($"Float cannot represent non numeric value: {JsInspect.Inspect(text)}");
            case System.Text.Json.JsonElement:
                return ScalarValues.Unwrap(value) is { } unwrapped and not System.Text.Json.JsonElement
                    ? SerializeFloat(unwrapped)
                    : throw new CoercionException($"Float cannot represent non numeric value: {JsInspect.Inspect(value)}");
        }

        return JsNumber.TryGetNumber(value, out var number) && double.IsFinite(number)
            ? number
            : throw new CoercionException($"Float cannot represent non numeric value: {JsInspect.Inspect(value)}");
    }
}
